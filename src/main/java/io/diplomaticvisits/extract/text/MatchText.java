package io.diplomaticvisits.extract.text;

import java.util.Arrays;

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

    private static final byte WORD_START = 1;
    private static final byte WORD_END = 2;
    private static final byte WORD_CHAR = 4;

    private final String original;
    private final String lower;
    /** Per offset: may a word start here, may one end just before here; computed once for every matcher. */
    private final byte[] boundaries;
    /** The offsets where a phrase may start, ascending; computed once for every matcher. */
    private final int[] phraseStarts;
    /** {@code lower} and {@code folded} as arrays, for the matchers' inner loops. */
    private final char[] lowerChars;
    private final char[] foldedChars;

    private MatchText(String original, char[] lowerChars, char[] foldedChars, byte[] boundaries, int[] phraseStarts) {
        this.original = original;
        this.lower = new String(lowerChars);
        this.lowerChars = lowerChars;
        this.foldedChars = foldedChars;
        this.boundaries = boundaries;
        this.phraseStarts = phraseStarts;
    }

    public static MatchText of(String original) {
        char[] chars = original.toCharArray();
        int n = chars.length;
        char[] low = new char[n];
        char[] fold = new char[n];
        byte[] boundaries = new byte[n + 1];
        int[] starts = new int[n];
        int startCount = 0;
        boolean prevWord = false;
        boolean prevLower = false;
        for (int i = 0; i < n; i++) {
            char o = chars[i];
            char c = lowerChar(o);
            low[i] = c;
            fold[i] = CharFolding.fold(c);
            boolean word = isWordChar(o);
            boolean glued = prevLower && word && CharTable.isUpperCase(o);
            boolean wordStart = !prevWord || glued;
            byte bits = word ? WORD_CHAR : 0;
            if (wordStart) {
                bits |= WORD_START;
            }
            if (i > 0 && (!word || glued)) {
                bits |= WORD_END;
            }
            boundaries[i] = bits;
            if (!word || wordStart) {
                starts[startCount++] = i;
            }
            prevWord = word;
            prevLower = word && CharTable.isLowerCase(o);
        }
        boundaries[n] |= WORD_END;
        return new MatchText(original, low, fold, boundaries,
                Arrays.copyOf(starts, startCount));
    }

    /** The text as {@link #lower()} has it, without the rest of the preparation. */
    public static String lowerOf(String original) {
        char[] chars = original.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = lowerChar(chars[i]);
        }
        return new String(chars);
    }

    /** The lower-case form of one char as {@link #lower()} has it. */
    public static char lowerChar(char c) {
        return CharTable.lower(c);
    }

    static char lowerCharUncached(char c) {
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

    /** Built on each call: the matchers read {@link #foldedChars()}, so no sentence pays for this string. */
    public String folded() {
        return new String(foldedChars);
    }

    /** {@link #lower()} as an array. Shared, not to be changed. */
    public char[] lowerChars() {
        return lowerChars;
    }

    /** {@link #folded()} as an array. Shared, not to be changed. */
    public char[] foldedChars() {
        return foldedChars;
    }

    public int length() {
        return original.length();
    }

    /**
     * The offsets where a phrase may start, ascending: every word start and every char outside words. Shared,
     * not to be changed.
     */
    public int[] phraseStarts() {
        return phraseStarts;
    }

    /** True when a word may start at {@code i}: at the start, after a non-letter, or at a glued-word join. */
    public boolean isWordStart(int i) {
        if (i <= 0) {
            return true;
        }
        return i < original.length() && (boundaries[i] & WORD_START) != 0;
    }

    /** True when the original char at {@code i} belongs to a word (letter, digit or combining mark). */
    public boolean isWordCharAt(int i) {
        return (boundaries[i] & WORD_CHAR) != 0;
    }

    /** True when a word may end just before {@code i}. */
    public boolean isWordEnd(int i) {
        if (i >= original.length()) {
            return true;
        }
        return i > 0 && (boundaries[i] & WORD_END) != 0;
    }

    public static boolean isWordChar(char c) {
        return CharTable.isWordChar(c);
    }

    static boolean isWordCharUncached(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
