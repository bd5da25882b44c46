package io.diplomaticvisits.extract.model;

import java.util.List;

/** Everything read from one document; {@code language} is the language of most of its text. */
public record ExtractionResult(
        Language language,
        List<VisitRecord> visits,
        List<ParticipantRecord> participants,
        List<PartnershipRecord> partnerships,
        List<AgreementRecord> agreements) {
}
