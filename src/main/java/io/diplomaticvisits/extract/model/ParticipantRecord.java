package io.diplomaticvisits.extract.model;

import java.util.List;

/** A named person taking part in an extracted event, with titles normalised to English. */
public record ParticipantRecord(
        String name,
        List<String> aliases,
        String country,
        List<String> titles,
        List<SourceRef> sources,
        double confidence) {
}
