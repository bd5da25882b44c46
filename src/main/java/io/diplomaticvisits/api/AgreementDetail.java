package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.Agreement;
import io.diplomaticvisits.domain.Visit;
import java.util.List;

/** One stored agreement with its sources and the visits between its parties that its date can fall in. */
public record AgreementDetail(String id, String type, String title, List<String> parties, DateValue date,
        Money value, List<Source> sources, double confidence, List<VisitSummary> visits) {

    static AgreementDetail of(Agreement a, List<Visit> visits) {
        return new AgreementDetail(a.getId(), a.getType().name(), a.getTitle(), a.getParties(),
                DateValue.of(a.getDate()), Money.of(a.getValue()), StoredSources.of(a.getSources()),
                Confidence.rounded(a.getConfidence()),
                visits.stream().map(VisitSummary::of).toList());
    }
}
