package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.text.CharFolding;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The folded form that text search compares: lower case, no diacritics ("Phạm Minh Chính" and "pham minh chinh"
 * are one), hyphens and runs of white space as one space.
 */
public final class SearchText {

    /** Fits the search_text columns. */
    static final int MAX_LENGTH = 8000;
    private static final String SEPARATOR = " | ";

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = CharFolding.foldString(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean blank = Character.isWhitespace(c) || c == '-' || c == '\u2013' || c == '\u2014' || c == '\u00a0';
            if (blank) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The distinct folded forms of {@code parts}, joined, cut to the column's length. */
    public static String of(Collection<String> parts) {
        Set<String> folded = new LinkedHashSet<>();
        for (String part : parts) {
            String f = fold(part);
            if (!f.isEmpty()) {
                folded.add(f);
            }
        }
        String joined = String.join(SEPARATOR, folded);
        return joined.length() <= MAX_LENGTH ? joined : joined.substring(0, MAX_LENGTH);
    }

    /** A LIKE pattern finding {@code query} anywhere, with LIKE's own wildcards taken literally (escape {@code !}). */
    public static String containsPattern(String query) {
        String folded = fold(query);
        StringBuilder out = new StringBuilder(folded.length() + 2).append('%');
        for (char c : folded.toCharArray()) {
            if (c == '%' || c == '_' || c == '!') {
                out.append('!');
            }
            out.append(c);
        }
        return out.append('%').toString();
    }
}
