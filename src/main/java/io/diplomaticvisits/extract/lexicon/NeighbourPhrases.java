package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.text.MatchText;
import io.diplomaticvisits.extract.text.SpaceRuns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Short phrases that may stand right before or right after a name and change what it means: "nước Nhật",
 * "Cộng hòa Séc", "tiếng Anh", "thủ đô Hà Nội", "Vinh city". Looked up only around a name already found, so
 * a handful of comparisons per name instead of a scan of the text. Immutable once built.
 */
final class NeighbourPhrases<T> {

    /** A listed phrase found next to a name: where it starts and ends in the text, and what it stands for. */
    record Hit<T>(int start, int end, T value) {
    }

    private record Entry<T>(String key, T value) {
    }

    /** Longest first, as {@link #before} tries them, grouped by the last char of the key. */
    private final CharBuckets<Entry<T>> byLastChar;
    /** Longest first, as {@link #after} tries them, grouped by the first char of the key. */
    private final CharBuckets<Entry<T>> byFirstChar;

    private NeighbourPhrases(List<Entry<T>> entries) {
        this.byLastChar = CharBuckets.of(entries, e -> e.key.charAt(e.key.length() - 1));
        this.byFirstChar = CharBuckets.of(entries, e -> e.key.charAt(0));
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The longest listed phrase that ends just before {@code nameStart}, separated from it by white space. */
    Hit<T> before(MatchText text, int nameStart) {
        String s = text.lower();
        int last = nameStart - 1;
        while (last >= 0 && s.charAt(last) == ' ') {
            last--;
        }
        if (last < 0) {
            return null;
        }
        boolean spaced = last < nameStart - 1;
        // a key is compared from its last char on, so only keys ending in the char before the gap can match
        for (Entry<T> e : byLastChar.get(s.charAt(last))) {
            String k = e.key;
            if (!spaced && MatchText.isWordChar(k.charAt(k.length() - 1))) {
                continue;
            }
            int p = last;
            int j = k.length() - 1;
            while (j >= 0 && p >= 0) {
                if (k.charAt(j) == ' ') {
                    if (s.charAt(p) != ' ') {
                        break;
                    }
                    while (p >= 0 && s.charAt(p) == ' ') {
                        p--;
                    }
                } else if (s.charAt(p) == k.charAt(j)) {
                    p--;
                } else {
                    break;
                }
                j--;
            }
            if (j < 0 && text.isWordStart(p + 1)) {
                return new Hit<>(p + 1, last + 1, e.value);
            }
        }
        return null;
    }

    /** The longest listed phrase that starts just after {@code nameEnd}, separated from it by white space. */
    Hit<T> after(MatchText text, int nameEnd) {
        String s = text.lower();
        int first = nameEnd;
        while (first < s.length() && s.charAt(first) == ' ') {
            first++;
        }
        if (first == nameEnd || first == s.length()) {
            return null;
        }
        for (Entry<T> e : byFirstChar.get(s.charAt(first))) {
            String k = e.key;
            int p = first;
            int j = 0;
            while (j < k.length() && p < s.length()) {
                if (k.charAt(j) == ' ') {
                    if (s.charAt(p) != ' ') {
                        break;
                    }
                    while (p < s.length() && s.charAt(p) == ' ') {
                        p++;
                    }
                } else if (s.charAt(p) == k.charAt(j)) {
                    p++;
                } else {
                    break;
                }
                j++;
            }
            if (j == k.length() && text.isWordEnd(p)) {
                return new Hit<>(first, p, e.value);
            }
        }
        return null;
    }

    static final class Builder<T> {
        private final List<Entry<T>> entries = new ArrayList<>();

        /** Adds the phrase in every spelling {@link SpellingVariants} knows. */
        Builder<T> add(String phrase, boolean vietnamese, T value) {
            for (String v : SpellingVariants.of(phrase, vietnamese)) {
                String key = MatchText.lowerOf(SpaceRuns.squeeze(v.strip()));
                if (!key.isEmpty()) {
                    entries.add(new Entry<>(key, value));
                }
            }
            return this;
        }

        NeighbourPhrases<T> build() {
            List<Entry<T>> sorted = new ArrayList<>(entries);
            sorted.sort(Comparator.comparingInt((Entry<T> e) -> e.key.length()).reversed());
            return new NeighbourPhrases<>(List.copyOf(sorted));
        }
    }
}
