package io.diplomaticvisits.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.diplomaticvisits.domain.Agreement;
import io.diplomaticvisits.domain.Visit;
import java.util.List;

/**
 * One stored visit with its sources and its neighbours in time: the trip an engagement belongs to (absent for a
 * trip, or when none is known), the engagements within a trip, the agreements made during it.
 */
public record VisitDetail(String id, String type, String category, String status, String guestCountry,
        String hostCountry, List<String> countries, Place location, DateValue start, DateValue end,
        List<VisitPerson> participants, List<Source> sources, double confidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) VisitSummary trip,
        List<VisitSummary> engagements, List<AgreementSummary> agreements) {

    static VisitDetail of(Visit v, Visit trip, List<Visit> engagements, List<Agreement> agreements) {
        return new VisitDetail(v.getId(), v.getType().name(), v.getCategory().name(), v.getStatus().name(),
                v.getGuestCountry(), v.getHostCountry(), v.getCountries(),
                new Place(v.getLocationCity(), v.getLocationCountry()), DateValue.of(v.getStart()),
                DateValue.of(v.getEnd()), v.getParticipants().stream().map(VisitPerson::of).toList(),
                StoredSources.of(v.getSources()), Confidence.rounded(v.getConfidence()),
                trip == null ? null : VisitSummary.of(trip),
                engagements.stream().map(VisitSummary::of).toList(),
                agreements.stream().map(AgreementSummary::of).toList());
    }
}
