package io.diplomaticvisits.extract.model;

import java.util.List;

/** One diplomatic event between Vietnam and at least one other country (EXTRACTION.md, "Visits"). */
public record VisitRecord(
        VisitType type,
        VisitStatus status,
        String guestCountry,
        String hostCountry,
        List<String> countries,
        Location location,
        PartialDate start,
        PartialDate end,
        List<VisitParticipant> participants,
        List<SourceRef> sources,
        double confidence) {

    public VisitCategory category() {
        return type.category();
    }
}
