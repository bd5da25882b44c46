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

    /**
     * A double-quoted value of the block as it reads: {@code \\u2019} is ’, {@code \\_} a space (a no-break one in
     * YAML), and a backslash at the end of a line continues it on the next, after its indentation and an escaped space.
     */
    public static String unescaped(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 >= value.length()) {
                out.append(c);
                continue;
            }
            char next = value.charAt(i + 1);
            if (next == 'u' && i + 5 < value.length() && isHex(value, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(value.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (next == '_') {
                out.append(' ');
                i++;
            } else if (next == '\n') {
                i++;
                while (i + 1 < value.length() && value.charAt(i + 1) == ' ') {
                    i++;
                }
                if (i + 2 < value.length() && value.charAt(i + 1) == '\\' && value.charAt(i + 2) == ' ') {
                    out.append(' ');
                    i += 2;
                }
            } else if (next == ' ' || next == '"' || next == '\\') {
                out.append(next);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
