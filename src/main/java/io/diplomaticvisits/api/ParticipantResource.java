package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.Participant;
import io.diplomaticvisits.domain.ParticipantRepository;
import io.diplomaticvisits.domain.Visit;
import io.diplomaticvisits.domain.VisitFilter;
import io.diplomaticvisits.domain.VisitRepository;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.Rank;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

@Path("/api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class ParticipantResource {

    @Inject
    ParticipantRepository participants;

    @Inject
    VisitRepository visits;

    @GET
    public Page<ParticipantSummary> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("country") String country, @QueryParam("rank") String rank, @QueryParam("q") String q) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        var slice = participants.search(QueryParams.country("country", country),
                QueryParams.enumValue(Rank.class, "rank", rank), QueryParams.text(q), pageNumber, pageSize);
        Map<String, Long> counts = visits.countByParticipant(slice.items().stream().map(Participant::getId).toList());
        return Page.of(slice, p -> ParticipantSummary.of(p, counts.getOrDefault(p.getId(), 0L)), pageNumber, pageSize);
    }

    @GET
    @Path("/{id}")
    public ParticipantDetail get(@PathParam("id") String id) {
        Participant person = find(id);
        List<Visit> seen = visits.findByParticipant(id).stream().filter(v -> v.getEarliestDate() != null).toList();
        DateValue first = seen.stream().min(Comparator.comparing(Visit::getEarliestDate))
                .map(v -> DateValue.of(v.getStart())).orElse(DateValue.UNKNOWN);
        DateValue last = seen.stream().max(Comparator.comparing(Visit::getLatestDate))
                .map(v -> DateValue.of(lastDay(v))).orElse(DateValue.UNKNOWN);
        long count = visits.countByParticipant(List.of(id)).getOrDefault(id, 0L);
        return ParticipantDetail.of(person, count, first, last);
    }

    @GET
    @Path("/{id}/visits")
    public Page<VisitSummary> visits(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        boolean newestFirst = QueryParams.newestFirst(sort);
        find(id);
        return Page.of(visits.search(VisitFilter.byParticipant(id, newestFirst), pageNumber, pageSize),
                VisitSummary::of, pageNumber, pageSize);
    }

    private Participant find(String id) {
        return participants.findById(id).orElseThrow(() -> new NotFoundException("No participant with id " + id));
    }

    /** The visit's end when it gives at least a month (in the start's year when it gives none), else its start. */
    private static PartialDate lastDay(Visit visit) {
        PartialDate end = visit.getEnd();
        if (end.month() == null) {
            return visit.getStart();
        }
        return end.year() != null ? end : end.withYear(visit.getStart().year());
    }
}
