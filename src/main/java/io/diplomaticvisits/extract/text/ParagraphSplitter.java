package io.diplomaticvisits.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a text into paragraphs: one per line, blank lines dropped. Lines are joined back into one paragraph
 * where the text was hard-wrapped (Markdown exports cut every line near 72 characters, so a line there is not a
 * paragraph) and wherever a line ends mid-sentence and the next one goes on in lower case. List items, headings
 * and front matter lines always stand alone.
 */
public final class ParagraphSplitter {

    private static final int LONG_LINE = 100;
    private static final int MIN_WRAP_WIDTH = 50;
    private static final int WRAP_FILL_TENTHS = 6;
    private static final int BLOCK_FILL_TENTHS = 8;

    public List<ParagraphSpan> split(CharSequence text) {
        Lines lines = Lines.of(text);
        int frontMatterEnd = FrontMatter.end(text);
        int wrapWidth = wrapWidth(text, lines, frontMatterEnd);
        boolean[] wrapped = wrappedBlocks(text, lines, frontMatterEnd);
        List<ParagraphSpan> out = new ArrayList<>();
        int open = -1;
        for (int k = 0; k < lines.count; k++) {
            if (lines.isBlank(k)) {
                continue;
            }
            if (open < 0) {
                open = lines.start[k];
            }
            boolean joinNext = k + 1 < lines.count && (wrapped[k] || joins(text, lines, k, wrapWidth, frontMatterEnd));
            if (!joinNext) {
                out.add(new ParagraphSpan(open, lines.end[k]));
                open = -1;
            }
        }
        return out;
    }

    private static boolean joins(CharSequence text, Lines lines, int k, int wrapWidth, int frontMatterEnd) {
        if (!mayJoin(text, lines, k, frontMatterEnd)) {
            return false;
        }
        return wrapWidth > 0 && fillsWidth(lines, k, wrapWidth) || continuesInLowerCase(text, lines, k);
    }

    private static boolean mayJoin(CharSequence text, Lines lines, int k, int frontMatterEnd) {
        int next = k + 1;
        return !lines.isBlank(next) && lines.start[k] >= frontMatterEnd && lines.start[next] >= frontMatterEnd
                && hasLetterOrDigit(text, lines.start[k], lines.end[k])
                && hasLetterOrDigit(text, lines.start[next], lines.end[next])
                && !startsBlock(text, lines.start[next], lines.end[next])
                && text.charAt(lines.start[k]) != '#' && !lines.hardBreak[k];
    }

    /**
     * The width the text was wrapped at, or 0 when it was not: hardly any line is longer than {@link #LONG_LINE},
     * and lines that fill the width run on into the next line, some of them in lower case.
     */
    private static int wrapWidth(CharSequence text, Lines lines, int frontMatterEnd) {
        int nonBlank = 0;
        int longLines = 0;
        int width = 0;
        for (int k = 0; k < lines.count; k++) {
            if (lines.isBlank(k) || lines.start[k] < frontMatterEnd
                    || containsUrl(text, lines.start[k], lines.end[k])) {
                continue;
            }
            nonBlank++;
            int length = lines.end[k] - lines.start[k];
            if (length > LONG_LINE) {
                longLines++;
            } else {
                width = Math.max(width, length);
            }
        }
        if (width < MIN_WRAP_WIDTH || longLines * 10 > nonBlank) {
            return 0;
        }
        int runOns = 0;
        int lowerCaseRunOns = 0;
        for (int k = 0; k + 1 < lines.count; k++) {
            if (lines.isBlank(k) || !mayJoin(text, lines, k, frontMatterEnd) || !fillsWidth(lines, k, width)) {
                continue;
            }
            char last = text.charAt(lines.end[k] - 1);
            if (last != '.' && last != '!' && last != '?' && last != ':') {
                runOns++;
            }
            lowerCaseRunOns += continuesInLowerCase(text, lines, k) ? 1 : 0;
        }
        return runOns >= 2 && lowerCaseRunOns >= 1 ? width : 0;
    }

    /**
     * Lines to join with the next where one block was hard-wrapped in a page whose other paragraphs were not (a
     * post that pastes a wrapped copy above the original): three or more lines in a row, all but the last of about
     * one width and ending mid-sentence, one of them going on in lower case.
     */
    private static boolean[] wrappedBlocks(CharSequence text, Lines lines, int frontMatterEnd) {
        boolean[] join = new boolean[lines.count];
        int k = 0;
        while (k < lines.count) {
            int last = k;
            while (last + 1 < lines.count && !lines.isBlank(last) && mayJoin(text, lines, last, frontMatterEnd)) {
                last++;
            }
            if (last - k >= 2 && isWrappedBlock(text, lines, k, last)) {
                Arrays.fill(join, k, last, true);
            }
            k = last + 1;
        }
        return join;
    }

    private static boolean isWrappedBlock(CharSequence text, Lines lines, int first, int last) {
        int widest = 0;
        int narrowest = Integer.MAX_VALUE;
        boolean lowerCaseRunOn = false;
        for (int k = first; k < last; k++) {
            int length = lines.end[k] - lines.start[k];
            char end = text.charAt(lines.end[k] - 1);
            if (end == '.' || end == '!' || end == '?' || end == ':') {
                return false;
            }
            widest = Math.max(widest, length);
            narrowest = Math.min(narrowest, length);
            lowerCaseRunOn |= continuesInLowerCase(text, lines, k);
        }
        return lowerCaseRunOn && narrowest >= MIN_WRAP_WIDTH && widest <= LONG_LINE
                && narrowest * 10 >= widest * BLOCK_FILL_TENTHS;
    }

    private static boolean fillsWidth(Lines lines, int k, int width) {
        return (lines.end[k] - lines.start[k]) * 10 >= width * WRAP_FILL_TENTHS;
    }

    private static boolean continuesInLowerCase(CharSequence text, Lines lines, int k) {
        char last = text.charAt(lines.end[k] - 1);
        int i = lines.start[k + 1];
        while (i < lines.end[k + 1] - 1 && "[(\"'“‘*_".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        char first = text.charAt(i);
        return (Character.isLetterOrDigit(last) || last == ',') && Character.isLowerCase(first);
    }

    static boolean hasLetterOrDigit(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A Markdown list item, heading, quote, table row, HTML line or image: never the tail of a wrapped line. */
    private static boolean startsBlock(CharSequence text, int start, int end) {
        char c = text.charAt(start);
        char d = start + 1 < end ? text.charAt(start + 1) : '\0';
        if (c == '#' || c == '>' || c == '|' || c == '<' || c == '`' || (c == '!' && d == '[')) {
            return true;
        }
        if ((c == '-' || c == '*' || c == '+' || c == '•' || c == '·' || c == '–' || c == '—') && WhiteSpace.is(d)) {
            return true;
        }
        int i = start;
        while (i < end && i - start < 3 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > start && i + 1 < end && (text.charAt(i) == '.' || text.charAt(i) == ')')
                && WhiteSpace.is(text.charAt(i + 1));
    }

    private static boolean containsUrl(CharSequence text, int start, int end) {
        for (int i = start; i + 2 < end; i++) {
            if (text.charAt(i) == ':' && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                return true;
            }
        }
        return false;
    }

    /** Line ranges trimmed of white space; a line ends at \n, \r, \r\n or a Unicode line or paragraph separator. */
    private static final class Lines {
        int count;
        int[] start = new int[16];
        int[] end = new int[16];
        boolean[] hardBreak = new boolean[16];

        static Lines of(CharSequence text) {
            Lines lines = new Lines();
            int n = text.length();
            int lineStart = 0;
            for (int i = 0; i <= n; i++) {
                char c = i < n ? text.charAt(i) : '\n';
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    lines.add(text, lineStart, i);
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    lineStart = i + 1;
                }
            }
            return lines;
        }

        void add(CharSequence text, int from, int to) {
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                end = Arrays.copyOf(end, count * 2);
                hardBreak = Arrays.copyOf(hardBreak, count * 2);
            }
            int s = WhiteSpace.skip(text, from, to);
            int e = WhiteSpace.trimEnd(text, s, to);
            start[count] = s;
            end[count] = e;
            hardBreak[count] = e > s && to - e >= 2 && text.charAt(to - 1) == ' ' && text.charAt(to - 2) == ' ';
            count++;
        }

        boolean isBlank(int k) {
            return start[k] == end[k];
        }
    }
}
