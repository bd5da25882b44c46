package io.diplomaticvisits.extract.text;

import java.util.ArrayList;
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
        Map<Long, List<Integer>> firstsByHash = new HashMap<>();
        for (int i = 0; i < duplicateOf.length; i++) {
            ParagraphSpan p = paragraphs.get(i);
            List<Integer> firsts = firstsByHash.computeIfAbsent(hash(text, p.start(), p.end()), h -> new ArrayList<>(1));
            duplicateOf[i] = -1;
            for (int first : firsts) {
                ParagraphSpan q = paragraphs.get(first);
                if (sameText(text, q.start(), q.end(), p.start(), p.end())) {
                    duplicateOf[i] = first;
                    break;
                }
            }
            if (duplicateOf[i] < 0) {
                firsts.add(i);
            }
        }
        return duplicateOf;
    }

    private static long hash(CharSequence text, int start, int end) {
        long h = 1125899906842597L;
        FoldedChars chars = new FoldedChars(text, start, end);
        for (int c = chars.next(); c >= 0; c = chars.next()) {
            h = 31 * h + c;
        }
        return h;
    }

    private static boolean sameText(CharSequence text, int aStart, int aEnd, int bStart, int bEnd) {
        FoldedChars a = new FoldedChars(text, aStart, aEnd);
        FoldedChars b = new FoldedChars(text, bStart, bEnd);
        while (true) {
            int x = a.next();
            if (x != b.next()) {
                return false;
            }
            if (x < 0) {
                return true;
            }
        }
    }

    /** The folded chars of a range, each run of white space read as one space, then -1. */
    private static final class FoldedChars {
        private final CharSequence text;
        private final int end;
        private int i;

        FoldedChars(CharSequence text, int start, int end) {
            this.text = text;
            this.end = WhiteSpace.trimEnd(text, start, end);
            this.i = WhiteSpace.skip(text, start, this.end);
        }

        int next() {
            if (i >= end) {
                return -1;
            }
            char c = text.charAt(i++);
            if (WhiteSpace.is(c)) {
                i = WhiteSpace.skip(text, i, end);
                return ' ';
            }
            return MatchText.lowerChar(c);
        }
    }
}
