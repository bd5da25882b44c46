package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.Partnership;
import io.diplomaticvisits.domain.PartnershipLevels;
import io.diplomaticvisits.domain.PartnershipRepository;
import io.diplomaticvisits.extract.lexicon.CountryLexicon;
import io.diplomaticvisits.extract.model.PartnershipLevel;
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

@Path("/api/v1/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class PartnershipResource {

    @Inject
    PartnershipRepository partnerships;

    @GET
    public Page<PartnershipSummary> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("country") String country, @QueryParam("level") String level) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        return Page.of(partnerships.search(QueryParams.country("country", country),
                        QueryParams.enumValue(PartnershipLevel.class, "level", level), pageNumber, pageSize),
                PartnershipSummary::of, pageNumber, pageSize);
    }

    @GET
    @Path("/{countryCode}")
    public PartnershipHistory get(@PathParam("countryCode") String countryCode) {
        String code = QueryParams.countryInPath("countryCode", countryCode);
        List<Partnership> history = partnerships.findByCountry(code);
        Partnership current = PartnershipLevels.current(history)
                .orElseThrow(() -> new NotFoundException("No partnership with " + code + " is recorded"));
        CountryLexicon names = CountryLexicon.load();
        return new PartnershipHistory(code, names.englishName(code), names.vietnameseName(code),
                current.getLevel().name(), DateValue.of(current.getSince()),
                history.stream().map(PartnershipHistory.Stage::of).toList());
    }
}
