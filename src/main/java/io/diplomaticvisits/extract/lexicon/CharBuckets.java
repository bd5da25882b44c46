package io.diplomaticvisits.extract.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Items grouped by one char each, every group in the items' order. Immutable and safe to share. */
final class CharBuckets<T> {

    private final char[] chars;
    private final List<List<T>> groups;

    private CharBuckets(char[] chars, List<List<T>> groups) {
        this.chars = chars;
        this.groups = groups;
    }

    static <T> CharBuckets<T> of(List<T> items, Function<T, Character> charOf) {
        Map<Character, List<T>> byChar = new LinkedHashMap<>();
        for (T item : items) {
            byChar.computeIfAbsent(charOf.apply(item), c -> new ArrayList<>()).add(item);
        }
        char[] chars = new char[byChar.size()];
        int i = 0;
        for (char c : byChar.keySet()) {
            chars[i++] = c;
        }
        Arrays.sort(chars);
        List<List<T>> groups = new ArrayList<>(chars.length);
        for (char c : chars) {
            groups.add(List.copyOf(byChar.get(c)));
        }
        return new CharBuckets<>(chars, List.copyOf(groups));
    }

    /** The items of {@code c}, in order; empty when there are none. */
    List<T> get(char c) {
        int at = Arrays.binarySearch(chars, c);
        return at >= 0 ? groups.get(at) : List.of();
    }
}
