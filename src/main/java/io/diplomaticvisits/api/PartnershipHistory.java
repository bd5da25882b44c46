package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.Partnership;
import java.util.List;

/** Vietnam's relationship with one country: the current level and every level on record with its evidence. */
public record PartnershipHistory(String country, String nameEn, String nameVi, String currentLevel,
        DateValue currentSince, List<Stage> history) {

    /** One level on record: when it was set up (if the text says) and the sentences that state it. */
    public record Stage(String id, String level, String label, DateValue since, List<Source> sources,
            double confidence) {

        static Stage of(Partnership p) {
            return new Stage(p.getId(), p.getLevel().name(), p.getLabel(), DateValue.of(p.getSince()),
                    StoredSources.of(p.getSources()), Confidence.rounded(p.getConfidence()));
        }
    }
}
