package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.Slice;
import java.util.List;
import java.util.function.Function;

/** One page of a listing: {@code page} is 0-based; {@code totalItems} counts the whole listing. */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    static <E, T> Page<T> of(Slice<E> slice, Function<E, T> view, int page, int size) {
        return of(slice.items().stream().map(view).toList(), slice.total(), page, size);
    }

    static <T> Page<T> of(List<T> items, long totalItems, int page, int size) {
        return new Page<>(items, page, size, totalItems, (totalItems + size - 1) / size);
    }

    /** The page of an in-memory listing. */
    static <T> Page<T> cut(List<T> all, int page, int size) {
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return of(all.subList((int) from, (int) to), all.size(), page, size);
    }
}
