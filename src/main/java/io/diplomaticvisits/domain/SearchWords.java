package io.diplomaticvisits.domain;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words under which a record is found by text search: runs of letters and digits of its folded search text
 * ({@link SearchText}). They are stored one per row, so that a search starts from an index of words rather than
 * reading every record's text.
 */
public final class SearchWords {

    /** Fits the word columns; a longer run is kept as its first characters, which a prefix search still finds. */
    static final int MAX_LENGTH = 64;

    private SearchWords() {
    }

    /** The distinct words of an already folded text. */
    public static Set<String> of(String folded) {
        Set<String> words = new TreeSet<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(folded.substring(start, Math.min(i, start + MAX_LENGTH)));
                start = -1;
            }
        }
        return words;
    }

    /**
     * The stored words a query is looked up under: those that begin with its longest word (the most selective one).
     * Empty when the query has no letter or digit.
     */
    public static Optional<Prefix> lookup(String query) {
        String longest = "";
        for (String word : of(SearchText.fold(query))) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest.isEmpty() ? Optional.empty() : Optional.of(Prefix.of(longest));
    }

    /**
     * The words from {@code lowest} (included) to {@code beyond} (excluded): every word that begins with
     * {@code lowest}, as a range that any B-tree index serves, whatever the database's collation.
     */
    public record Prefix(String lowest, String beyond) {

        static Prefix of(String word) {
            char last = word.charAt(word.length() - 1);
            return new Prefix(word, word.substring(0, word.length() - 1) + (char) (last + 1));
        }
    }
}
