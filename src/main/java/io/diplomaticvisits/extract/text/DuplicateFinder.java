package io.diplomaticvisits.extract.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds repeated paragraphs: the same text once white space is collapsed and case, dashes and quotes are
 * folded as {@link MatchText#lowerChar} folds them. Pages often print a paragraph twice (a caption under the
 * photo and in the body, a teaser headline and its link), and later stages count it once.
 */
public final class DuplicateFinder {

    /** For each paragraph, the index of the first paragraph with the same text, or -1 for a first occurrence. */
    public int[] firstOccurrences(CharSequence text, List<ParagraphSpan> paragraphs) {
        int[] duplicateOf = new int[paragraphs.size()];
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < duplicateOf.length; i++) {
            ParagraphSpan p = paragraphs.get(i);
            Integer earlier = first.putIfAbsent(key(text, p.start(), p.end()), i);
            duplicateOf[i] = earlier == null ? -1 : earlier;
        }
        return duplicateOf;
    }

    static String key(CharSequence text, int start, int end) {
        StringBuilder key = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (WhiteSpace.is(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(MatchText.lowerChar(c));
        }
        return key.toString();
    }
}
