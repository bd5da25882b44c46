package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.AgreementRepository;
import io.diplomaticvisits.domain.Document;
import io.diplomaticvisits.domain.DocumentRepository;
import io.diplomaticvisits.domain.Participant;
import io.diplomaticvisits.domain.ParticipantRepository;
import io.diplomaticvisits.domain.PartnershipRepository;
import io.diplomaticvisits.domain.VisitRepository;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentResource {

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

    @GET
    public Page<DocumentSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        List<Document> items = documents.page(pageNumber, pageSize);
        List<String> ids = items.stream().map(Document::getId).toList();
        Map<String, Long> visitCounts = visits.countByDocument(ids);
        Map<String, Long> participantCounts = participants.countByDocument(ids);
        Map<String, Long> partnershipCounts = partnerships.countByDocument(ids);
        Map<String, Long> agreementCounts = agreements.countByDocument(ids);
        List<DocumentSummary> summaries = items.stream().map(d -> DocumentSummary.of(d, new RecordCounts(
                visitCounts.getOrDefault(d.getId(), 0L), participantCounts.getOrDefault(d.getId(), 0L),
                partnershipCounts.getOrDefault(d.getId(), 0L), agreementCounts.getOrDefault(d.getId(), 0L))))
                .toList();
        return Page.of(summaries, documents.count(), pageNumber, pageSize);
    }

    @GET
    @Path("/{id}")
    public DocumentDetail get(@PathParam("id") String id) {
        Document document = documents.findById(id)
                .orElseThrow(() -> new NotFoundException("No document with id " + id));
        List<Participant> people = participants.findByDocument(id);
        Map<String, Long> visitCounts = visits.countByParticipant(people.stream().map(Participant::getId).toList());
        return DocumentDetail.of(document, new DocumentRecords(
                visits.findByDocument(id).stream().map(VisitSummary::of).toList(),
                people.stream().map(p -> ParticipantSummary.of(p, visitCounts.getOrDefault(p.getId(), 0L))).toList(),
                partnerships.findByDocument(id).stream().map(PartnershipSummary::of).toList(),
                agreements.findByDocument(id).stream().map(AgreementSummary::of).toList()));
    }
}
