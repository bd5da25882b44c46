package io.diplomaticvisits.extract.text;

/**
 * A metadata block at the top of a Markdown file: a {@code ---} line, {@code key: value} lines, and a closing
 * {@code ---} (or {@code ...}) line. The block is page furniture, though its {@code date:} may date the article.
 */
public final class FrontMatter {

    private static final int MAX_LINES = 200;

    private FrontMatter() {
    }

    /** The offset just after the closing line of the front matter, or 0 when the text has none. */
    public static int end(CharSequence text) {
        int n = text.length();
        int i = WhiteSpace.skip(text, 0, n);
        int lineEnd = lineEnd(text, i);
        if (!isFence(text, i, lineEnd, false)) {
            return 0;
        }
        for (int lines = 0; lines < MAX_LINES && lineEnd < n; lines++) {
            int start = lineEnd + 1;
            lineEnd = lineEnd(text, start);
            if (isFence(text, start, lineEnd, true)) {
                return lineEnd;
            }
        }
        return 0;
    }

    private static int lineEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    private static boolean isFence(CharSequence text, int start, int end, boolean closing) {
        int s = WhiteSpace.skip(text, start, end);
        int e = WhiteSpace.trimEnd(text, s, end);
        if (e - s != 3) {
            return false;
        }
        String fence = text.subSequence(s, e).toString();
        return fence.equals("---") || closing && fence.equals("...");
    }
}
