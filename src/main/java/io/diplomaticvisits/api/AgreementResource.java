package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.Agreement;
import io.diplomaticvisits.domain.AgreementRepository;
import io.diplomaticvisits.domain.VisitRelations;
import io.diplomaticvisits.extract.model.AgreementType;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class AgreementResource {

    @Inject
    AgreementRepository agreements;

    @Inject
    VisitRelations relations;

    @GET
    public Page<AgreementSummary> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("country") String country, @QueryParam("type") String type,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        LocalDate fromDate = QueryParams.date("from", from);
        LocalDate toDate = QueryParams.date("to", to);
        QueryParams.requireOrdered(fromDate, toDate);
        return Page.of(agreements.search(QueryParams.country("country", country),
                        QueryParams.enumValue(AgreementType.class, "type", type), fromDate, toDate, pageNumber,
                        pageSize),
                AgreementSummary::of, pageNumber, pageSize);
    }

    @GET
    @Path("/{id}")
    public AgreementDetail get(@PathParam("id") String id) {
        Agreement agreement = agreements.findById(id)
                .orElseThrow(() -> new NotFoundException("No agreement with id " + id));
        return AgreementDetail.of(agreement, relations.visitsDuring(agreement));
    }
}
