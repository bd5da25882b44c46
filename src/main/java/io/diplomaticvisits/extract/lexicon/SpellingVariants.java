package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.text.CharFolding;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The other ways news writes a listed name, so that a lexicon file lists each name once: "Thụy Sĩ" and
 * "Thuỵ Sĩ" (old and new tone placement), "Mát-xcơ-va" and "Mátxcơva", "Élysée" and "Elysee",
 * "St. Petersburg" and "Saint Petersburg", "Antigua &amp; Barbuda" and "Antigua and Barbuda".
 *
 * <p>Vietnamese names keep their diacritics: without them "Mỹ" would be "My" and "Ý" the "Y" of "Bộ Y tế".
 */
final class SpellingVariants {

    /** Accent-free English variants shorter than this are too often plain words ("Malé" would be "Male"). */
    private static final int MIN_FOLDED_LENGTH = 5;

    private SpellingVariants() {
    }

    /** The form itself first, then its variants, without repeats. */
    static Set<String> of(String form, boolean vietnamese) {
        Set<String> base = new LinkedHashSet<>();
        base.add(form);
        base.add(form.replace(" & ", vietnamese ? " và " : " and "));
        for (String s : Set.copyOf(base)) {
            base.addAll(saintForms(s));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : base) {
            out.add(s);
            if (vietnamese) {
                for (String t : new String[] {s, withoutSyllableHyphens(s)}) {
                    out.add(t);
                    out.add(withTonePlacement(t, false));
                    out.add(withTonePlacement(t, true));
                }
            } else {
                String folded = withoutAccents(s);
                if (folded.length() >= MIN_FOLDED_LENGTH) {
                    out.add(folded);
                }
            }
        }
        return out;
    }

    private static Set<String> saintForms(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String from : new String[] {"St. ", "St ", "Saint "}) {
            int i = s.indexOf(from);
            if (i == 0 || i > 0 && s.charAt(i - 1) == ' ') {
                for (String to : new String[] {"St. ", "St ", "Saint "}) {
                    out.add(s.substring(0, i) + to + s.substring(i + from.length()));
                }
            }
        }
        return out;
    }

    /** "Mát-xcơ-va" as "Mátxcơva": a hyphen between a letter and a lower-case letter joins syllables of one word. */
    static String withoutSyllableHyphens(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean joins = c == '-' && i > 0 && i + 1 < s.length()
                    && Character.isLetter(s.charAt(i - 1)) && Character.isLowerCase(s.charAt(i + 1));
            if (!joins) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String withoutAccents(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(CharFolding.fold(s.charAt(i)));
        }
        return out.toString();
    }

    /**
     * Moves the tone mark of a syllable ending in "oa", "oe" or "uy" onto the second vowel (old style, "hoà",
     * "Thuỵ") or the first (new style, "hòa", "Thụy"); both styles are in daily use.
     */
    static String withTonePlacement(String s, boolean oldStyle) {
        if (!hasGlidePair(s)) {
            return Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        int i = 0;
        while (i < d.length()) {
            int end = i;
            while (end < d.length() && isSyllableChar(d.charAt(end))) {
                end++;
            }
            if (end == i) {
                out.append(d.charAt(i++));
                continue;
            }
            out.append(placeTone(d.substring(i, end), oldStyle));
            i = end;
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /** Whether an "oa", "oe" or "uy" appears, whatever its case and marks: no other tone is placed two ways. */
    private static boolean hasGlidePair(String s) {
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            c = Character.toLowerCase(CharFolding.fold(c));
            if (previous == 'o' && (c == 'a' || c == 'e') || previous == 'u' && c == 'y') {
                return true;
            }
            previous = c;
        }
        return false;
    }

    private static boolean isSyllableChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static String placeTone(String syllable, boolean oldStyle) {
        StringBuilder letters = new StringBuilder();
        int[] positions = new int[syllable.length()];
        char tone = 0;
        for (int i = 0; i < syllable.length(); i++) {
            char c = syllable.charAt(i);
            if (isTone(c)) {
                tone = c;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return syllable;
            } else {
                positions[letters.length()] = i;
                letters.append(Character.toLowerCase(c));
            }
        }
        int n = letters.length();
        if (tone == 0 || n < 2) {
            return syllable;
        }
        String tail = letters.substring(n - 2);
        boolean glide = tail.equals("oa") || tail.equals("oe") || tail.equals("uy");
        boolean afterQ = n >= 3 && letters.charAt(n - 3) == 'q';
        boolean afterVowel = n >= 3 && "aeiouy".indexOf(letters.charAt(n - 3)) >= 0;
        if (!glide || afterQ || afterVowel) {
            return syllable;
        }
        StringBuilder bare = new StringBuilder();
        for (int i = 0; i < syllable.length(); i++) {
            if (!isTone(syllable.charAt(i))) {
                bare.append(syllable.charAt(i));
            }
        }
        int vowel = n - (oldStyle ? 1 : 2);
        int at = positions[vowel] - (positions[vowel] > syllable.indexOf(tone) ? 1 : 0) + 1;
        return bare.insert(at, tone).toString();
    }

    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
