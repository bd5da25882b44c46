package io.diplomaticvisits.extract.text;

/** Runs of ASCII white space read as one space: {@code s.replaceAll("\\s+", " ")} without a regex. */
public final class SpaceRuns {

    private SpaceRuns() {
    }

    public static String squeeze(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && (!isAsciiSpace(s.charAt(i)) || s.charAt(i) == ' ' && (i + 1 >= n || !isAsciiSpace(s.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isAsciiSpace(c)) {
                out.append(' ');
                while (i < n && isAsciiSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The chars of the regex class {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
