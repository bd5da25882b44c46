package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.text.CharFolding;

/**
 * Whether a word has the shape of one Vietnamese syllable: initial consonants, one to three vowels, a final. "Dz" is
 * the older English spelling of the initial "D" that some officials keep ("Dzung" for Dũng).
 */
public final class VietnameseSyllable {

    private static final String[] INITIALS = {
        "ngh", "ng", "nh", "ch", "dz", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"};
    private static final String[] FINALS = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};

    private VietnameseSyllable() {
    }

    public static boolean looksVietnamese(String word) {
        String w = CharFolding.foldString(word);
        if (w.isEmpty() || w.length() > 7) {
            return false;
        }
        int i = 0;
        for (String initial : INITIALS) {
            if (w.startsWith(initial)) {
                i = initial.length();
                break;
            }
        }
        int vowels = 0;
        while (i < w.length() && "aeiouy".indexOf(w.charAt(i)) >= 0) {
            i++;
            vowels++;
        }
        if (vowels == 0 || vowels > 3) {
            return false;
        }
        String rest = w.substring(i);
        for (String fin : FINALS) {
            if (rest.equals(fin)) {
                return true;
            }
        }
        return false;
    }
}
