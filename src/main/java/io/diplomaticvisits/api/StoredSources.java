package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.RecordSource;
import java.util.List;

/** Sources of stored records name their document by id. */
final class StoredSources {

    private StoredSources() {
    }

    static List<Source> of(List<RecordSource> sources) {
        return sources.stream().map(s -> new Source(s.getDocumentId(), s.getSentence(), s.getStart(), s.getEnd()))
                .toList();
    }
}
