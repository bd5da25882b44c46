package io.diplomaticvisits.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.diplomaticvisits.domain.AgreementRepository;
import io.diplomaticvisits.domain.Document;
import io.diplomaticvisits.domain.DocumentRepository;
import io.diplomaticvisits.domain.Participant;
import io.diplomaticvisits.domain.ParticipantRepository;
import io.diplomaticvisits.domain.PartnershipRepository;
import io.diplomaticvisits.domain.VisitRepository;
import io.diplomaticvisits.ingest.DocumentIngestor;
import io.diplomaticvisits.ingest.Ingestion;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    @Inject
    DocumentIngestor ingestor;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uriInfo;

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

    /**
     * Stores an article sent as plain text, extracts its records and merges them into the store: 201 with the
     * document, or 200 with the stored one when the same text is there already.
     */
    @POST
    @WriteAccess
    @Consumes(MediaType.TEXT_PLAIN)
    public Response addText(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("name") String name, @QueryParam("url") String url,
            @QueryParam("publishedAt") String publishedAt) {
        TextBody.requireUtf8(contentType, MediaType.TEXT_PLAIN);
        String text = TextBody.decode(body);
        return add(NewDocument.of(name, url, publishedAt, text, "query"));
    }

    /** The same as {@link #addText} with the fields in a JSON object. */
    @POST
    @WriteAccess
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addJson(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        for (String parameter : Set.of("name", "url", "publishedAt")) {
            if (uriInfo.getQueryParameters().containsKey(parameter)) {
                throw BadParameter.inQuery(parameter, "belongs in the JSON body, not in the query");
            }
        }
        TextBody.requireUtf8(contentType, MediaType.APPLICATION_JSON);
        DocumentUpload upload = parse(TextBody.decode(body));
        return add(NewDocument.of(upload.name(), upload.url(), upload.publishedAt(), upload.text(), "body"));
    }

    /** Removes the document; records keep their other sources and go when none is left. */
    @DELETE
    @WriteAccess
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        if (!ingestor.delete(id)) {
            throw new NotFoundException("No document with id " + id);
        }
        return Response.noContent().build();
    }

    /** Runs after the document's transaction has committed: what the client reads is on disk. */
    private Response add(NewDocument document) {
        Ingestion ingestion = ingestor.ingest(document.name(), document.text(), document.url(),
                document.publishedAt());
        URI location = uriInfo.getBaseUriBuilder().path(DocumentResource.class).path(ingestion.documentId()).build();
        DocumentDetail detail = get(ingestion.documentId());
        return ingestion.created()
                ? Response.created(location).entity(detail).build()
                : Response.ok(detail).contentLocation(location).build();
    }

    private DocumentUpload parse(String body) {
        if (body.isBlank()) {
            throw problem400("The body is empty: send a JSON object with the article's text");
        }
        try {
            DocumentUpload upload = json.readerFor(DocumentUpload.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(body);
            if (upload == null) {
                throw problem400("The body must be a JSON object with the article's text");
            }
            return upload;
        } catch (UnrecognizedPropertyException e) {
            throw BadParameter.of(e.getPropertyName(), "body",
                    "is not a field of a document (name, url, publishedAt, text)");
        } catch (JsonProcessingException e) {
            throw problem400("The body is not a JSON object of a document: " + e.getOriginalMessage());
        }
    }

    private static HttpProblem problem400(String detail) {
        return HttpProblem.builder().withStatus(400).withTitle("Bad Request").withDetail(detail).build();
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
