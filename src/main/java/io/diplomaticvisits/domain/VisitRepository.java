package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.VisitCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VisitRepository {

    private static final String OLDEST_FIRST =
            "v.earliestDate asc nulls last, v.startMonth asc nulls last, v.startDay asc nulls last, v.category desc, v.id";
    private static final String NEWEST_FIRST =
            "v.earliestDate desc nulls last, v.startMonth desc nulls last, v.startDay desc nulls last, v.category desc, v.id";
    /** Visits involving :country, as a condition an index serves (a visit_country lookup, then the primary key). */
    private static final String INVOLVING_COUNTRY =
            "v.id in (select cv.id from Visit cv join cv.countries c where c = :country)";
    private static final String LATEST_END_FIRST =
            "v.latestDate desc nulls last, v.earliestDate desc nulls last, v.id";

    @Inject
    Session session;

    @Transactional(Transactional.TxType.MANDATORY)
    public void persist(Visit visit) {
        session.persist(visit);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(Visit visit) {
        session.remove(visit);
    }

    public Optional<Visit> findById(String id) {
        return Optional.ofNullable(session.find(Visit.class, id));
    }

    /**
     * Records of one category between exactly these countries whose dates agree with {@code start} and {@code end}
     * on every part both give, in id order: what a new record may merge into.
     */
    public List<Visit> findMergeCandidates(VisitCategory category, String countrySet, PartialDate start,
            PartialDate end) {
        return session.createSelectionQuery("from Visit v where v.category = :category and v.countrySet = :countries"
                        + " and " + agreeing("v.start", "s") + " and " + agreeing("v.end", "e") + " order by v.id",
                        Visit.class)
                .setParameter("category", category)
                .setParameter("countries", countrySet)
                .setParameter("sYear", start.year()).setParameter("sMonth", start.month())
                .setParameter("sDay", start.day())
                .setParameter("eYear", end.year()).setParameter("eMonth", end.month()).setParameter("eDay", end.day())
                .getResultList();
    }

    /** A condition that the date in columns {@code prefix}Year/Month/Day agrees with parameters {@code p}Year ... */
    static String agreeing(String prefix, String p) {
        StringBuilder out = new StringBuilder("(");
        String[] parts = {"Year", "Month", "Day"};
        for (int i = 0; i < parts.length; i++) {
            String column = prefix + parts[i];
            String parameter = ":" + p + parts[i];
            out.append(i == 0 ? "" : " and ").append("(").append(column).append(" is null or cast(").append(parameter)
                    .append(" as Integer) is null or ").append(column).append(" = ").append(parameter).append(")");
        }
        return out.append(")").toString();
    }

    /** One page of the visits that pass {@code filter}, in start-date order. */
    public Slice<Visit> search(VisitFilter filter, int page, int size) {
        HqlQuery query = new HqlQuery("from Visit v")
                .and(INVOLVING_COUNTRY, "country", filter.country())
                .and("v.guestCountry = :guest", "guest", filter.guestCountry())
                .and("v.hostCountry = :host", "host", filter.hostCountry())
                .and("v.type in :types", "types", filter.types())
                .and("v.category = :category", "category", filter.category())
                .and("v.status = :status", "status", filter.status())
                .and("v.id in (select pv.id from Visit pv join pv.participants pa"
                        + " where pa.participantId = :participant)", "participant", filter.participantId())
                .and("v.latestDate >= :from", "from", filter.from())
                .and("v.earliestDate <= :to", "to", filter.to())
                .matching(filter.text(), VISIT_TEXT);
        return query.page(session, "select v", filter.newestFirst() ? NEWEST_FIRST : OLDEST_FIRST, Visit.class,
                page, size);
    }

    /**
     * Visits with a word beginning with the query's longest word (an index range scan) whose folded text contains
     * the whole query. A visit's words and text include its people's names and aliases.
     */
    private static final String VISIT_TEXT = "v.id in (select wv.id from Visit wv join wv.words w"
            + " where w >= :wordLowest and w < :wordBeyond) and v.searchText like :text escape '!'";

    /** Every visit between exactly these countries, oldest first. */
    public List<Visit> findByCountries(String countrySet) {
        return session.createSelectionQuery("from Visit v where v.countrySet = :countries order by " + OLDEST_FIRST,
                        Visit.class)
                .setParameter("countries", countrySet)
                .getResultList();
    }

    /**
     * The visits between exactly these countries that can share a day with {@code [from, to]}: those whose known
     * days overlap it, and those without a year. Every visit between them when {@code from} or {@code to} is null.
     */
    public List<Visit> findByCountriesAround(String countrySet, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return findByCountries(countrySet);
        }
        return session.createSelectionQuery("from Visit v where v.countrySet = :countries and (v.earliestDate is null"
                        + " or (v.latestDate >= :from and v.earliestDate <= :to)) order by " + OLDEST_FIRST, Visit.class)
                .setParameter("countries", countrySet)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    public List<Visit> findByParticipant(String participantId) {
        return session.createSelectionQuery("select distinct v from Visit v join v.participants pa"
                        + " where pa.participantId = :participant", Visit.class)
                .setParameter("participant", participantId)
                .getResultList();
    }

    /** Number of visits of each of these people. */
    public Map<String, Long> countByParticipant(Collection<String> participantIds) {
        return RecordCounts.perKey(session, "select pa.participantId, count(distinct v.id) from Visit v join v.participants pa"
                + " where pa.participantId in :ids group by pa.participantId", participantIds);
    }

    public List<Visit> findByDocument(String documentId) {
        return session.createSelectionQuery("select v from Visit v where v.id in (select sv.id from Visit sv"
                        + " join sv.sources s where s.documentId = :document) order by " + OLDEST_FIRST,
                        Visit.class)
                .setParameter("document", documentId)
                .getResultList();
    }

    /** Number of visits read from each of these documents. */
    public Map<String, Long> countByDocument(Collection<String> documentIds) {
        return RecordCounts.perDocument(session, "Visit", documentIds);
    }

    /** Number of visits involving each country. */
    public Map<String, Long> countByCountry() {
        return grouped("select c, count(v) from Visit v join v.countries c group by c");
    }

    /** Number of visits involving the country. */
    public long countInvolving(String country) {
        return countWhere(INVOLVING_COUNTRY, country);
    }

    public long countWithGuest(String country) {
        return countWhere("v.guestCountry = :country", country);
    }

    public long countWithHost(String country) {
        return countWhere("v.hostCountry = :country", country);
    }

    private long countWhere(String condition, String country) {
        return session.createSelectionQuery("select count(*) from Visit v where " + condition, Long.class)
                .setParameter("country", country)
                .getSingleResult();
    }

    public Map<String, Long> countByGuestCountry() {
        return grouped("select v.guestCountry, count(v) from Visit v where v.guestCountry is not null"
                + " group by v.guestCountry");
    }

    public Map<String, Long> countByHostCountry() {
        return grouped("select v.hostCountry, count(v) from Visit v where v.hostCountry is not null"
                + " group by v.hostCountry");
    }

    /** Visits involving the country, by type name. */
    public Map<String, Long> countByType(String country) {
        Map<String, Long> out = new LinkedHashMap<>();
        session.createSelectionQuery("select v.type, count(v) from Visit v where " + INVOLVING_COUNTRY
                        + " group by v.type order by v.type", Object[].class)
                .setParameter("country", country)
                .getResultList()
                .forEach(row -> out.put(row[0].toString(), (Long) row[1]));
        return out;
    }

    /** Visits involving the country, by start year; a record without a year counts under null. */
    public Map<Integer, Long> countByYear(String country) {
        Map<Integer, Long> out = new LinkedHashMap<>();
        session.createSelectionQuery("select v.startYear, count(v) from Visit v where " + INVOLVING_COUNTRY
                        + " group by v.startYear order by v.startYear", Object[].class)
                .setParameter("country", country)
                .getResultList()
                .forEach(row -> out.put((Integer) row[0], (Long) row[1]));
        return out;
    }

    /** The trip with the latest known date where {@code country} travelled (or received, with {@code asGuest} false). */
    public Optional<Visit> latestTrip(String country, boolean asGuest) {
        return session.createSelectionQuery("from Visit v where v.category = TRIP and v."
                        + (asGuest ? "guestCountry" : "hostCountry") + " = :country order by " + LATEST_END_FIRST,
                        Visit.class)
                .setParameter("country", country)
                .setMaxResults(1)
                .uniqueResultOptional();
    }

    /** The people in most visits involving the country, with their number of visits, most first. */
    public Map<String, Long> mostFrequentParticipants(String country, int limit) {
        Map<String, Long> out = new LinkedHashMap<>();
        session.createSelectionQuery("select pa.participantId, count(distinct v.id) from Visit v join v.participants pa"
                        + " where " + INVOLVING_COUNTRY + " group by pa.participantId"
                        + " order by count(distinct v.id) desc, pa.participantId", Object[].class)
                .setParameter("country", country)
                .setMaxResults(limit)
                .getResultList()
                .forEach(row -> out.put((String) row[0], (Long) row[1]));
        return out;
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Visit", Long.class).getSingleResult();
    }

    private Map<String, Long> grouped(String hql) {
        Map<String, Long> out = new LinkedHashMap<>();
        session.createSelectionQuery(hql, Object[].class).getResultList()
                .forEach(row -> out.put((String) row[0], (Long) row[1]));
        return out;
    }
}
