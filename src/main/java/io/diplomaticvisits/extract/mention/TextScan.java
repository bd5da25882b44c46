package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.text.MatchText;

/** Character-level helpers shared by the number-driven scanners (dates, money); all work on the lower-case text. */
final class TextScan {

    private TextScan() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean digitAt(String s, int i) {
        return i >= 0 && i < s.length() && isDigit(s.charAt(i));
    }

    static int digitsEnd(String s, int i) {
        int n = s.length();
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The value of the digits in {@code [start, end)}, at most nine of them. */
    static int intValue(String s, int start, int end) {
        int v = 0;
        for (int i = start; i < end; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    /**
     * True when a number may start at {@code i}: not inside a word, a code ("151/2025"), a decimal ("8,3") or a
     * slug ("ngach-20-ti").
     */
    static boolean numberMayStartAt(String s, int i) {
        if (i == 0) {
            return true;
        }
        char prev = s.charAt(i - 1);
        if (Character.isLetterOrDigit(prev) || prev == '/' || prev == '_') {
            return false;
        }
        if (prev == '.' || prev == ',' || prev == '-' || prev == ':') {
            return i < 2 || !Character.isLetterOrDigit(s.charAt(i - 2));
        }
        return true;
    }

    /** The end of a run of digits joined by separators ("8,3-8,5", "151/2025/", "13h38"), so a failed number is skipped whole. */
    static int numericClusterEnd(String s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if ((c == '.' || c == ',' || c == '/' || c == '-' || c == ':' || c == 'h') && digitAt(s, i + 1)) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** The end of the word starting at {@code i}: the next non-word char or glued-word join ("ofVietnam"). */
    static int wordEnd(String original, int i) {
        int n = original.length();
        int j = i + 1;
        char prev = original.charAt(i);
        while (j < n) {
            char c = original.charAt(j);
            if (c < 128) {
                boolean lower = c >= 'a' && c <= 'z';
                boolean upper = c >= 'A' && c <= 'Z';
                if (!lower && !upper && !isDigit(c)) {
                    break;
                }
                if (upper && Character.isLowerCase(prev)) {
                    break;
                }
            } else if (!MatchText.isWordChar(c) || Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                break;
            }
            prev = c;
            j++;
        }
        return j;
    }

    /** The end of a web address starting at {@code i}, or -1: numbers inside addresses are not dates or money. */
    static int urlEnd(String s, int i) {
        char c0 = s.charAt(i);
        if (c0 != 'h' && c0 != 'w') {
            return -1;
        }
        if (!(s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("www.", i))) {
            return -1;
        }
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == ')' || c == ']' || c == '>' || c == '"' || c == '\'') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Skips spaces (the lower-case text has every kind of white space as a space). */
    static int skipSpaces(String s, int i) {
        int n = s.length();
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
