package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.AgreementRepository;
import io.diplomaticvisits.domain.Participant;
import io.diplomaticvisits.domain.ParticipantRepository;
import io.diplomaticvisits.domain.Partnership;
import io.diplomaticvisits.domain.PartnershipLevels;
import io.diplomaticvisits.domain.PartnershipRepository;
import io.diplomaticvisits.domain.VisitRepository;
import io.diplomaticvisits.extract.lexicon.CountryLexicon;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

@Path("/api/v1/countries")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class CountryResource {

    static final int FREQUENT_PARTICIPANTS = 10;
    static final int LATEST_AGREEMENTS = 20;
    static final String VIETNAM = "VN";
    static final String UNKNOWN_YEAR = "unknown";

    @Inject
    VisitRepository visits;

    @Inject
    ParticipantRepository participants;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    AgreementRepository agreements;

    @GET
    public Page<CountrySummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        Map<String, Long> all = visits.countByCountry();
        Map<String, Long> asGuest = visits.countByGuestCountry();
        Map<String, Long> asHost = visits.countByHostCountry();
        Map<String, List<Partnership>> levels = partnershipsByCountry();
        Set<String> codes = new TreeSet<>(all.keySet());
        codes.addAll(levels.keySet());
        codes.addAll(agreements.parties());
        if (!levels.isEmpty()) {
            codes.add(VIETNAM);
        }
        CountryLexicon names = CountryLexicon.load();
        List<CountrySummary> summaries = new ArrayList<>();
        for (String code : codes) {
            summaries.add(new CountrySummary(code, names.englishName(code), names.vietnameseName(code),
                    all.getOrDefault(code, 0L), asGuest.getOrDefault(code, 0L), asHost.getOrDefault(code, 0L),
                    currentLevel(levels.getOrDefault(code, List.of()))));
        }
        return Page.cut(summaries, pageNumber, pageSize);
    }

    @GET
    @Path("/{code}")
    public CountryDetail get(@PathParam("code") String rawCode) {
        String code = QueryParams.countryInPath("code", rawCode);
        long total = visits.countInvolving(code);
        List<Partnership> levels = partnerships.findByCountry(code);
        long agreementCount = agreements.countByParty(code);
        if (total == 0 && levels.isEmpty() && agreementCount == 0) {
            throw new NotFoundException("No record involves country " + code);
        }
        CountryLexicon names = CountryLexicon.load();
        return new CountryDetail(code, names.englishName(code), names.vietnameseName(code), total,
                visits.countWithGuest(code), visits.countWithHost(code),
                visits.countByType(code), byYear(code),
                visits.latestTrip(code, true).map(VisitSummary::of).orElse(null),
                visits.latestTrip(code, false).map(VisitSummary::of).orElse(null),
                frequentParticipants(code), currentLevel(levels), agreementCount,
                agreements.latestByParty(code, LATEST_AGREEMENTS).stream().map(AgreementSummary::of).toList());
    }

    private Map<String, Long> byYear(String code) {
        Map<String, Long> out = new LinkedHashMap<>();
        Map<Integer, Long> counts = visits.countByYear(code);
        counts.forEach((year, count) -> {
            if (year != null) {
                out.put(year.toString(), count);
            }
        });
        if (counts.containsKey(null)) {
            out.put(UNKNOWN_YEAR, counts.get(null));
        }
        return out;
    }

    private List<CountryDetail.FrequentParticipant> frequentParticipants(String code) {
        Map<String, Long> counts = visits.mostFrequentParticipants(code, FREQUENT_PARTICIPANTS);
        Map<String, Participant> people = participants.findByIds(counts.keySet()).stream()
                .collect(Collectors.toMap(Participant::getId, Function.identity()));
        List<CountryDetail.FrequentParticipant> out = new ArrayList<>();
        counts.forEach((id, count) -> {
            Participant p = people.get(id);
            if (p != null) {
                out.add(new CountryDetail.FrequentParticipant(id, p.getName(), p.getCountry(), count));
            }
        });
        return out;
    }

    private Map<String, List<Partnership>> partnershipsByCountry() {
        return partnerships.findAll().stream().collect(Collectors.groupingBy(Partnership::getCountryCode));
    }

    private static String currentLevel(List<Partnership> history) {
        return PartnershipLevels.current(history).map(p -> p.getLevel().name()).orElse(null);
    }
}
