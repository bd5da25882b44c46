package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.Partnership;
import java.util.List;

/** Vietnam's relationship with {@code country} at one level, as listed: its sources are counted. */
public record PartnershipSummary(String id, String country, List<String> countries, String level, String label,
        DateValue since, int sourceCount, double confidence) {

    static PartnershipSummary of(Partnership p) {
        return new PartnershipSummary(p.getId(), p.getCountryCode(), List.of("VN", p.getCountryCode()),
                p.getLevel().name(), p.getLabel(), DateValue.of(p.getSince()), p.getSources().size(),
                Confidence.rounded(p.getConfidence()));
    }
}
