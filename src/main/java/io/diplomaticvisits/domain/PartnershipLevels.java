package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.PartnershipLevel;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which recorded level is the current one. Vietnam raises its frameworks and does not lower them, so the most
 * advanced level on record is taken as current, whatever order the documents were read in.
 */
public final class PartnershipLevels {

    /** Most advanced first. */
    public static final List<PartnershipLevel> ADVANCEMENT = List.of(
            PartnershipLevel.COMPREHENSIVE_STRATEGIC_PARTNERSHIP,
            PartnershipLevel.STRATEGIC_PARTNERSHIP,
            PartnershipLevel.COMPREHENSIVE_PARTNERSHIP,
            PartnershipLevel.SPECIAL_RELATIONSHIP,
            PartnershipLevel.OTHER);

    private PartnershipLevels() {
    }

    public static Optional<Partnership> current(Collection<Partnership> history) {
        return history.stream().min(Comparator.comparingInt(p -> ADVANCEMENT.indexOf(p.getLevel())));
    }
}
