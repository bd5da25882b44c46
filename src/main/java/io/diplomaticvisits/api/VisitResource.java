package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.Visit;
import io.diplomaticvisits.domain.VisitFilter;
import io.diplomaticvisits.domain.VisitRelations;
import io.diplomaticvisits.domain.VisitRepository;
import io.diplomaticvisits.extract.model.VisitCategory;
import io.diplomaticvisits.extract.model.VisitStatus;
import io.diplomaticvisits.extract.model.VisitType;
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
import java.util.List;

@Path("/api/v1/visits")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class VisitResource {

    @Inject
    VisitRepository visits;

    @Inject
    VisitRelations relations;

    @GET
    public Page<VisitSummary> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("country") String country, @QueryParam("guestCountry") String guestCountry,
            @QueryParam("hostCountry") String hostCountry, @QueryParam("type") List<String> types,
            @QueryParam("category") String category, @QueryParam("status") String status,
            @QueryParam("participant") String participant, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("q") String q, @QueryParam("sort") String sort) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        LocalDate fromDate = QueryParams.date("from", from);
        LocalDate toDate = QueryParams.date("to", to);
        QueryParams.requireOrdered(fromDate, toDate);
        VisitFilter filter = new VisitFilter(
                QueryParams.country("country", country),
                QueryParams.country("guestCountry", guestCountry),
                QueryParams.country("hostCountry", hostCountry),
                QueryParams.enumValues(VisitType.class, "type", types),
                QueryParams.enumValue(VisitCategory.class, "category", category),
                QueryParams.enumValue(VisitStatus.class, "status", status),
                QueryParams.recordId("participant", participant),
                fromDate, toDate, QueryParams.text(q), QueryParams.newestFirst(sort));
        return Page.of(visits.search(filter, pageNumber, pageSize), VisitSummary::of, pageNumber, pageSize);
    }

    @GET
    @Path("/{id}")
    public VisitDetail get(@PathParam("id") String id) {
        Visit visit = visits.findById(id).orElseThrow(() -> new NotFoundException("No visit with id " + id));
        return VisitDetail.of(visit, relations.tripOf(visit).orElse(null), relations.engagementsIn(visit),
                relations.agreementsDuring(visit));
    }
}
