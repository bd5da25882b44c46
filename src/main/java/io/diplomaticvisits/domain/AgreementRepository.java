package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.AgreementType;
import io.diplomaticvisits.extract.model.PartialDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgreementRepository {

    private static final String DATE_ORDER =
            "a.earliestDate asc nulls last, a.dateMonth asc nulls last, a.dateDay asc nulls last, a.id";
    private static final String NEWEST_FIRST =
            "a.earliestDate desc nulls last, a.dateMonth desc nulls last, a.dateDay desc nulls last, a.id";

    @Inject
    Session session;

    @Transactional(Transactional.TxType.MANDATORY)
    public void persist(Agreement agreement) {
        session.persist(agreement);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(Agreement agreement) {
        session.remove(agreement);
    }

    public Optional<Agreement> findById(String id) {
        return Optional.ofNullable(session.find(Agreement.class, id));
    }

    /**
     * Agreements of one type between exactly these parties, with this folded title and a date that agrees with
     * {@code date}, in id order: what a new record may merge into.
     */
    public List<Agreement> findMergeCandidates(AgreementType type, String partySet, String foldedTitle,
            PartialDate date) {
        return session.createSelectionQuery("from Agreement a where a.type = :type and a.partySet = :parties"
                        + " and a.foldedTitle = :title and " + VisitRepository.agreeing("a.date", "d")
                        + " order by a.id", Agreement.class)
                .setParameter("type", type)
                .setParameter("parties", partySet)
                .setParameter("title", foldedTitle)
                .setParameter("dYear", date.year()).setParameter("dMonth", date.month())
                .setParameter("dDay", date.day())
                .getResultList();
    }

    /** Agreements :country is party to, as a condition an index serves (agreement_party, then the primary key). */
    private static final String PARTY = "a.id in (select pa.id from Agreement pa join pa.parties c where c = :country)";

    /**
     * The agreements between exactly these parties that can fall within {@code [from, to]}, or have no year; all of
     * them when {@code from} or {@code to} is null.
     */
    public List<Agreement> findByPartiesAround(String partySet, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return findByParties(partySet);
        }
        return session.createSelectionQuery("from Agreement a where a.partySet = :parties and (a.earliestDate is null"
                        + " or (a.latestDate >= :from and a.earliestDate <= :to)) order by " + DATE_ORDER, Agreement.class)
                .setParameter("parties", partySet)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Agreements between exactly these parties, oldest first. */
    public List<Agreement> findByParties(String partySet) {
        return session.createSelectionQuery("from Agreement a where a.partySet = :parties order by " + DATE_ORDER,
                        Agreement.class)
                .setParameter("parties", partySet)
                .getResultList();
    }

    /** One page of the agreements that pass the filters (each optional), oldest first. */
    public Slice<Agreement> search(String country, AgreementType type, LocalDate from, LocalDate to, int page, int size) {
        return new HqlQuery("from Agreement a")
                .and(PARTY, "country", country)
                .and("a.type = :type", "type", type)
                .and("a.latestDate >= :from", "from", from)
                .and("a.earliestDate <= :to", "to", to)
                .page(session, "select a", DATE_ORDER, Agreement.class, page, size);
    }

    /** The {@code limit} latest agreements the country is party to, newest first. */
    public List<Agreement> latestByParty(String country, int limit) {
        return session.createSelectionQuery("from Agreement a where " + PARTY + " order by " + NEWEST_FIRST,
                        Agreement.class)
                .setParameter("country", country)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countByParty(String country) {
        return session.createSelectionQuery("select count(*) from Agreement a where " + PARTY, Long.class)
                .setParameter("country", country)
                .getSingleResult();
    }

    /** Every country that is party to an agreement. */
    public Set<String> parties() {
        return new TreeSet<>(session.createSelectionQuery("select distinct c from Agreement a join a.parties c",
                String.class).getResultList());
    }

    public List<Agreement> findByDocument(String documentId) {
        return session.createSelectionQuery("select a from Agreement a where a.id in (select sa.id from Agreement sa"
                        + " join sa.sources s where s.documentId = :document) order by " + DATE_ORDER,
                        Agreement.class)
                .setParameter("document", documentId)
                .getResultList();
    }

    public Map<String, Long> countByDocument(Collection<String> documentIds) {
        return RecordCounts.perDocument(session, "Agreement", documentIds);
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Agreement", Long.class).getSingleResult();
    }
}
