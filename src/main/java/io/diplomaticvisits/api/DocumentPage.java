package io.diplomaticvisits.api;

import java.util.List;

/** One page of a listing: {@code page} is 0-based, {@code total} counts every item of the listing. */
public record DocumentPage(List<DocumentSummary> items, int page, int size, long total) {
}
