package io.diplomaticvisits.extract.mention;

/** What may stand between the parts of one mention: spaces and at most one line break, a possessive "'s". */
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

    /** The index after a possessive "'s" at {@code i}, or {@code i}. */
    static int afterPossessive(String s, int i) {
        if (i + 1 < s.length() && (s.charAt(i) == '\'' || s.charAt(i) == '\u2019')
                && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                && (i + 2 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
            return i + 2;
        }
        return i;
    }
}
