package io.diplomaticvisits.domain;

import java.util.List;

/** One page of a query's results and the number of results in all. */
public record Slice<T>(List<T> items, long total) {
}
