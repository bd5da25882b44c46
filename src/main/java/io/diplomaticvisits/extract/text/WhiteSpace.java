package io.diplomaticvisits.extract.text;

/** White space as the text stages see it: Java white space plus the no-break and zero-width kinds. */
final class WhiteSpace {

    private WhiteSpace() {
    }

    static boolean is(char c) {
        if (c <= ' ') {
            return true;
        }
        return c >= 0x80 && (Character.isSpaceChar(c) || Character.isWhitespace(c) || c == '\uFEFF' || c == '\u200B');
    }

    /** The first offset in {@code [from, to)} that is not white space, or {@code to}. */
    static int skip(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && is(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of {@code [from, to)} with trailing white space removed. */
    static int trimEnd(CharSequence text, int from, int to) {
        int i = to;
        while (i > from && is(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
