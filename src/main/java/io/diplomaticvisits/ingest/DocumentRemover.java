package io.diplomaticvisits.ingest;

import io.diplomaticvisits.domain.Agreement;
import io.diplomaticvisits.domain.AgreementRepository;
import io.diplomaticvisits.domain.Document;
import io.diplomaticvisits.domain.DocumentRepository;
import io.diplomaticvisits.domain.Participant;
import io.diplomaticvisits.domain.ParticipantRepository;
import io.diplomaticvisits.domain.Partnership;
import io.diplomaticvisits.domain.PartnershipRepository;
import io.diplomaticvisits.domain.Visit;
import io.diplomaticvisits.domain.VisitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Takes a document out of the store: every record forgets the sentences read from it, and a record left with no
 * source is removed, except a person still named by a visit that stays.
 */
@ApplicationScoped
public class DocumentRemover {

    @Inject
    DocumentRepository documents;

    @Inject
    VisitRepository visits;

    @Inject
    ParticipantRepository participants;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    AgreementRepository agreements;

    /** False when there is no such document. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remove(String documentId) {
        Document document = documents.findById(documentId).orElse(null);
        if (document == null) {
            return false;
        }
        // Visits first: a person may go only once no remaining visit names them.
        for (Visit visit : visits.findByDocument(documentId)) {
            visit.removeSourcesOf(documentId);
            if (visit.getSources().isEmpty()) {
                visits.remove(visit);
            }
        }
        for (Participant person : participants.findByDocument(documentId)) {
            person.removeSourcesOf(documentId);
            if (person.getSources().isEmpty() && visits.countByParticipant(List.of(person.getId())).isEmpty()) {
                participants.remove(person);
            }
        }
        for (Partnership partnership : partnerships.findByDocument(documentId)) {
            partnership.removeSourcesOf(documentId);
            if (partnership.getSources().isEmpty()) {
                partnerships.remove(partnership);
            }
        }
        for (Agreement agreement : agreements.findByDocument(documentId)) {
            agreement.removeSourcesOf(documentId);
            if (agreement.getSources().isEmpty()) {
                agreements.remove(agreement);
            }
        }
        documents.remove(document);
        return true;
    }
}
