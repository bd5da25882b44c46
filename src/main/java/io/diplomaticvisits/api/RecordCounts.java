package io.diplomaticvisits.api;

/** How many stored records of each kind were read (at least in part) from a document. */
public record RecordCounts(long visits, long participants, long partnerships, long agreements) {
}
