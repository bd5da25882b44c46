package io.diplomaticvisits.extract.model;

import java.util.List;

/** A document signed, issued or pledged between the parties; {@code value} is null when none is stated. */
public record AgreementRecord(
        AgreementType type,
        String title,
        List<String> parties,
        PartialDate date,
        MoneyAmount value,
        List<SourceRef> sources,
        double confidence) {
}
