package io.diplomaticvisits.extract.text;

/** A sentence at {@code [start, end)} of the prepared text, inside paragraph {@code paragraph}. */
public record Sentence(int index, int paragraph, int start, int end) {
}
