package io.diplomaticvisits.extract.model;

import java.util.List;

/** Vietnam's stated relationship framework with one country. */
public record PartnershipRecord(
        List<String> countries,
        PartnershipLevel level,
        String label,
        PartialDate since,
        List<SourceRef> sources,
        double confidence) {
}
