package io.diplomaticvisits.extract.text;

import java.text.Normalizer;

/** Removes diacritics from one char at a time, through a table built once for the Latin blocks. */
public final class CharFolding {

    private static final int TABLE_SIZE = 0x2000;
    private static final char[] TABLE = buildTable();

    private CharFolding() {
    }

    public static char fold(char c) {
        if (c < 128) {
            return c;
        }
        return c < TABLE_SIZE ? TABLE[c] : c;
    }

    /** The whole string folded and lower-cased, for keys and diacritics-insensitive search. */
    public static String foldString(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(fold(MatchText.lowerChar(s.charAt(i))));
        }
        return out.toString();
    }

    private static char[] buildTable() {
        char[] table = new char[TABLE_SIZE];
        for (int c = 0; c < TABLE_SIZE; c++) {
            table[c] = (char) c;
            if (c < 128 || Character.isSurrogate((char) c)) {
                continue;
            }
            if (c == 'đ' || c == 'Đ' || c == 'ð' || c == 'Ð') {
                table[c] = c == 'đ' || c == 'ð' ? 'd' : 'D';
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            if (decomposed.length() > 1 && Character.isLetter(decomposed.charAt(0)) && decomposed.charAt(0) < 128) {
                table[c] = decomposed.charAt(0);
            }
        }
        return table;
    }
}
