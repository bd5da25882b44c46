package io.diplomaticvisits.domain;

import java.util.Collection;
import java.util.List;

/** Appends sources to a record's list, each place once, so that reading a document again adds nothing. */
final class RecordSources {

    private RecordSources() {
    }

    /** True when at least one source was new. */
    static boolean addAll(List<RecordSource> target, Collection<RecordSource> added) {
        boolean changed = false;
        for (RecordSource source : added) {
            if (target.stream().noneMatch(source::samePlace)) {
                target.add(source);
                changed = true;
            }
        }
        return changed;
    }

    /** Drops every source read from the document; true when one was there. */
    static boolean removeDocument(List<RecordSource> target, String documentId) {
        return target.removeIf(source -> source.getDocumentId().equals(documentId));
    }

    static boolean anyShared(List<RecordSource> stored, Collection<RecordSource> candidates) {
        return candidates.stream().anyMatch(c -> stored.stream().anyMatch(c::samePlace));
    }
}
