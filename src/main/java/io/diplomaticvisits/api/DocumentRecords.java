package io.diplomaticvisits.api;

import java.util.List;

/** The stored records read (at least in part) from a document. */
public record DocumentRecords(List<VisitSummary> visits, List<ParticipantSummary> participants,
        List<PartnershipSummary> partnerships, List<AgreementSummary> agreements) {
}
