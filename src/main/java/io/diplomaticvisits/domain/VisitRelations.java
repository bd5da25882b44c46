package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.VisitCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * How stored records hang together in time: the trip an engagement took place in, the engagements of a trip, the
 * agreements made during a visit. Each relation needs the same countries and dates that can overlap.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VisitRelations {

    @Inject
    VisitRepository visits;

    @Inject
    AgreementRepository agreements;

    /** For an engagement, the trip with the same countries and host whose dates can hold it. */
    public Optional<Visit> tripOf(Visit engagement) {
        if (engagement.getCategory() != VisitCategory.ENGAGEMENT) {
            return Optional.empty();
        }
        return around(engagement).stream()
                .filter(v -> v.getCategory() == VisitCategory.TRIP && together(v, engagement))
                .findFirst();
    }

    /** For a trip, the engagements with the same countries and host within its dates. */
    public List<Visit> engagementsIn(Visit trip) {
        if (trip.getCategory() != VisitCategory.TRIP) {
            return List.of();
        }
        return around(trip).stream()
                .filter(v -> v.getCategory() == VisitCategory.ENGAGEMENT && together(trip, v))
                .toList();
    }

    /** Agreements between the visit's countries whose date can fall within the visit. */
    public List<Agreement> agreementsDuring(Visit visit) {
        DateSpan span = DateSpan.of(visit);
        return agreements.findByPartiesAround(visit.getCountrySet(), visit.getEarliestDate(), visit.getLatestDate())
                .stream()
                .filter(a -> span.overlaps(DateSpan.of(a)))
                .toList();
    }

    /** Visits between the agreement's parties whose dates can hold it. */
    public List<Visit> visitsDuring(Agreement agreement) {
        DateSpan span = DateSpan.of(agreement);
        return visits.findByCountriesAround(agreement.getPartySet(), agreement.getEarliestDate(),
                        agreement.getLatestDate()).stream()
                .filter(v -> span.overlaps(DateSpan.of(v)))
                .toList();
    }

    /** The visits between the same countries that can share a day with this one (the date filter runs after). */
    private List<Visit> around(Visit visit) {
        return visits.findByCountriesAround(visit.getCountrySet(), visit.getEarliestDate(), visit.getLatestDate());
    }

    private static boolean together(Visit trip, Visit engagement) {
        boolean sameHost = trip.getHostCountry() == null || engagement.getHostCountry() == null
                || trip.getHostCountry().equals(engagement.getHostCountry());
        return sameHost && DateSpan.of(trip).overlaps(DateSpan.of(engagement));
    }
}
