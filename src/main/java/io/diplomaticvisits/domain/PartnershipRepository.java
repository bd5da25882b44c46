package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.PartnershipLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PartnershipRepository {

    private static final String HISTORY_ORDER =
            "p.sinceYear asc nulls last, p.sinceMonth asc nulls last, p.sinceDay asc nulls last, p.level, p.id";

    @Inject
    Session session;

    @Transactional(Transactional.TxType.MANDATORY)
    public void persist(Partnership partnership) {
        session.persist(partnership);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(Partnership partnership) {
        session.remove(partnership);
    }

    public Optional<Partnership> findById(String id) {
        return Optional.ofNullable(session.find(Partnership.class, id));
    }

    public Optional<Partnership> find(String countryCode, PartnershipLevel level) {
        return session.createSelectionQuery(
                        "from Partnership where countryCode = :country and level = :level", Partnership.class)
                .setParameter("country", countryCode)
                .setParameter("level", level)
                .uniqueResultOptional();
    }

    /** One page of the partnerships that pass the filters (each optional), by country then date. */
    public Slice<Partnership> search(String country, PartnershipLevel level, int page, int size) {
        return new HqlQuery("from Partnership p")
                .and("p.countryCode = :country", "country", country)
                .and("p.level = :level", "level", level)
                .page(session, "select p", "p.countryCode, " + HISTORY_ORDER, Partnership.class, page, size);
    }

    /** The levels recorded with one country, the dated ones first, oldest first. */
    public List<Partnership> findByCountry(String countryCode) {
        return session.createSelectionQuery("from Partnership p where p.countryCode = :country order by " + HISTORY_ORDER,
                        Partnership.class)
                .setParameter("country", countryCode)
                .getResultList();
    }

    public List<Partnership> findAll() {
        return session.createSelectionQuery("from Partnership p order by p.countryCode, " + HISTORY_ORDER,
                Partnership.class).getResultList();
    }

    public List<Partnership> findByDocument(String documentId) {
        return session.createSelectionQuery("select p from Partnership p where p.id in (select sp.id from Partnership sp"
                        + " join sp.sources s where s.documentId = :document)"
                        + " order by p.countryCode, " + HISTORY_ORDER, Partnership.class)
                .setParameter("document", documentId)
                .getResultList();
    }

    public Map<String, Long> countByDocument(Collection<String> documentIds) {
        return RecordCounts.perDocument(session, "Partnership", documentIds);
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Partnership", Long.class).getSingleResult();
    }
}
