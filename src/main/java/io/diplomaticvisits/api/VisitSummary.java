package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.Visit;
import java.util.List;

/** A stored visit as listed: everything but its sources, which it counts. */
public record VisitSummary(String id, String type, String category, String status, String guestCountry,
        String hostCountry, List<String> countries, Place location, DateValue start, DateValue end,
        List<VisitPerson> participants, int sourceCount, double confidence) {

    static VisitSummary of(Visit v) {
        return new VisitSummary(v.getId(), v.getType().name(), v.getCategory().name(), v.getStatus().name(),
                v.getGuestCountry(), v.getHostCountry(), v.getCountries(),
                new Place(v.getLocationCity(), v.getLocationCountry()), DateValue.of(v.getStart()),
                DateValue.of(v.getEnd()), v.getParticipants().stream().map(VisitPerson::of).toList(),
                v.getSources().size(), Confidence.rounded(v.getConfidence()));
    }
}
