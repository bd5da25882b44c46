package io.diplomaticvisits.extract.mention;

/** White space between the parts of one mention: spaces and at most one line break, never a blank line. */
final class Gaps {

    private Gaps() {
    }

    /** The first index at or after {@code i} that is not white space; -1 across a blank line. */
    static int skip(String s, int i) {
        int breaks = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (++breaks > 1) {
                    return -1;
                }
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '\u00A0' && c != '\u202F') {
                return i;
            }
            i++;
        }
        return i;
    }
}
