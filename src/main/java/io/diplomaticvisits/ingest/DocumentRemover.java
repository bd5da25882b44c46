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
import java.util.Map;

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
        List<Participant> people = participants.findByDocument(documentId);
        // One query for all of them: each query flushes first, and a flush dirty-checks everything touched so far.
        Map<String, Long> stillNamed = visits.countByParticipant(people.stream().map(Participant::getId).toList());
        for (Participant person : people) {
            person.removeSourcesOf(documentId);
            if (person.getSources().isEmpty() && !stillNamed.containsKey(person.getId())) {
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
