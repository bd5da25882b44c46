package io.diplomaticvisits.extract.text;

/**
 * A text prepared for matching, char for char the same length as the original so that every offset found
 * in {@link #lower()} or {@link #folded()} points into the original text.
 *
 * <ul>
 *   <li>{@code lower}: lower case, {@code Ð}/{@code ð} read as {@code đ}, dashes as {@code -}, curly quotes as
 *       straight ones, every kind of white space as a plain space.</li>
 *   <li>{@code folded}: {@code lower} without diacritics and with {@code đ} as {@code d}, so that "To Lam"
 *       and "Tô Lâm" meet.</li>
 * </ul>
 * Word boundaries include the join of glued words such as {@code ofVietnam}: a lower-case letter followed
 * by an upper-case one.
 */
public final class MatchText {

    private final String original;
    private final String lower;
    private final String folded;

    private MatchText(String original, String lower, String folded) {
        this.original = original;
        this.lower = lower;
        this.folded = folded;
    }

    public static MatchText of(String original) {
        int n = original.length();
        char[] low = new char[n];
        char[] fold = new char[n];
        for (int i = 0; i < n; i++) {
            char c = lowerChar(original.charAt(i));
            low[i] = c;
            fold[i] = CharFolding.fold(c);
        }
        return new MatchText(original, new String(low), new String(fold));
    }

    /** The lower-case form of one char as {@link #lower()} has it. */
    public static char lowerChar(char c) {
        switch (c) {
            case 'Ð', 'ð', 'Đ' -> {
                return 'đ';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> {
                return '-';
            }
            case '\u2018', '\u2019', '\u02BC', '`', '\u00B4' -> {
                return '\'';
            }
            case '\u201C', '\u201D', '\u201E' -> {
                return '"';
            }
            case '\u00A0', '\u2007', '\u202F', '\t', '\n', '\r', '\u000B', '\u000C', '\u2028', '\u2029' -> {
                return ' ';
            }
            default -> {
                if (c < 128) {
                    return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
                }
                return Character.toLowerCase(c);
            }
        }
    }

    public String original() {
        return original;
    }

    public String lower() {
        return lower;
    }

    public String folded() {
        return folded;
    }

    public int length() {
        return original.length();
    }

    /** True when a word may start at {@code i}: at the start, after a non-letter, or at a glued-word join. */
    public boolean isWordStart(int i) {
        if (i <= 0) {
            return true;
        }
        if (i >= original.length()) {
            return false;
        }
        char prev = original.charAt(i - 1);
        char cur = original.charAt(i);
        if (!isWordChar(prev)) {
            return true;
        }
        return Character.isLowerCase(prev) && Character.isUpperCase(cur);
    }

    /** True when a word may end just before {@code i}. */
    public boolean isWordEnd(int i) {
        if (i >= original.length()) {
            return true;
        }
        if (i <= 0) {
            return false;
        }
        char prev = original.charAt(i - 1);
        char cur = original.charAt(i);
        if (!isWordChar(cur)) {
            return true;
        }
        return Character.isLowerCase(prev) && Character.isUpperCase(cur);
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
