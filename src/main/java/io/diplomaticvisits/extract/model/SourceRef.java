package io.diplomaticvisits.extract.model;

/** Where a fact was read: the document, the sentence as written, and its {@code [start, end)} offsets. */
public record SourceRef(String document, String sentence, int start, int end) {
}
