package io.diplomaticvisits.api;

import io.diplomaticvisits.extract.model.SourceRef;

/** Where a fact was read: the document, the sentence as written, and its {@code [start, end)} character offsets. */
public record Source(String document, String sentence, int start, int end) {

    static Source of(SourceRef ref) {
        return new Source(ref.document(), ref.sentence(), ref.start(), ref.end());
    }
}
