package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.Agreement;
import java.util.List;

/** A stored agreement as listed: everything but its sources, which it counts. */
public record AgreementSummary(String id, String type, String title, List<String> parties, DateValue date,
        Money value, int sourceCount, double confidence) {

    static AgreementSummary of(Agreement a) {
        return new AgreementSummary(a.getId(), a.getType().name(), a.getTitle(), a.getParties(),
                DateValue.of(a.getDate()), Money.of(a.getValue()), a.getSources().size(),
                Confidence.rounded(a.getConfidence()));
    }
}
