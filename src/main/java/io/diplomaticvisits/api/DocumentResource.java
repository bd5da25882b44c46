package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.DocumentRepository;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentResource {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    DocumentRepository documents;

    @GET
    public DocumentPage list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        var items = documents.page(page, size).stream().map(DocumentSummary::of).toList();
        return new DocumentPage(items, page, size, documents.count());
    }

    @GET
    @Path("/{id}")
    public DocumentDetail get(@PathParam("id") String id) {
        return documents.findById(id)
                .map(DocumentDetail::of)
                .orElseThrow(() -> new NotFoundException("No document with id " + id));
    }
}
