package io.diplomaticvisits.extract.text;

/**
 * What the text stages ask of each char (its lower-case form; word char, letter or mark; upper or lower case),
 * answered from tables built once for the chars below {@code 0x2000}, which cover Latin and Vietnamese letters.
 * Other chars are asked of {@link Character}; the answers are the same either way.
 */
final class CharTable {

    private static final int SIZE = 0x2000;
    private static final byte WORD = 1;
    private static final byte UPPER = 2;
    private static final byte LOWER = 4;
    private static final byte LETTER_OR_MARK = 8;

    private static final char[] LOWER_FORMS = new char[SIZE];
    private static final byte[] FLAGS = new byte[SIZE];

    static {
        for (int c = 0; c < SIZE; c++) {
            char ch = (char) c;
            LOWER_FORMS[c] = MatchText.lowerCharUncached(ch);
            FLAGS[c] = (byte) ((MatchText.isWordCharUncached(ch) ? WORD : 0)
                    | (Character.isUpperCase(ch) ? UPPER : 0)
                    | (Character.isLowerCase(ch) ? LOWER : 0)
                    | (isLetterOrMarkUncached(ch) ? LETTER_OR_MARK : 0));
        }
    }

    private CharTable() {
    }

    static char lower(char c) {
        return c < SIZE ? LOWER_FORMS[c] : MatchText.lowerCharUncached(c);
    }

    static boolean isWordChar(char c) {
        return c < SIZE ? (FLAGS[c] & WORD) != 0 : MatchText.isWordCharUncached(c);
    }

    /** A letter or a combining mark: a char of a word, digits aside. */
    static boolean isLetterOrMark(char c) {
        return c < SIZE ? (FLAGS[c] & LETTER_OR_MARK) != 0 : isLetterOrMarkUncached(c);
    }

    static boolean isLetterOrMarkUncached(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isUpperCase(char c) {
        return c < SIZE ? (FLAGS[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    static boolean isLowerCase(char c) {
        return c < SIZE ? (FLAGS[c] & LOWER) != 0 : Character.isLowerCase(c);
    }
}
