package io.diplomaticvisits.extract.rules;

/** A word that changes how a nearby event reads, at {@code [start, end)} of a sentence. */
public record Cue(int start, int end, String kind) {
}
