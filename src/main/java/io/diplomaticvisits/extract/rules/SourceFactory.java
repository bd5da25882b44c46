package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.model.SourceRef;
import io.diplomaticvisits.extract.text.PreparedDocument;

/** Builds the provenance of a fact: the document, the sentence as written and its offsets in the original input. */
final class SourceFactory {

    private final String document;
    private final PreparedDocument prepared;

    SourceFactory(String document, PreparedDocument prepared) {
        this.document = document;
        this.prepared = prepared;
    }

    SourceRef of(SentenceFacts s, Trigger ignored) {
        return of(s);
    }

    SourceRef of(SentenceFacts s) {
        int start = prepared.originalOffset(s.offset());
        int end = prepared.originalOffset(s.offset() + s.text().length());
        return new SourceRef(document, s.original(), start, end);
    }
}
