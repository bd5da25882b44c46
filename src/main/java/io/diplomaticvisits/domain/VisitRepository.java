package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.VisitCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VisitRepository {

    @Inject
    Session session;

    @Transactional(Transactional.TxType.MANDATORY)
    public void persist(Visit visit) {
        session.persist(visit);
    }

    public Optional<Visit> findById(String id) {
        return Optional.ofNullable(session.find(Visit.class, id));
    }

    /** Records of one category between exactly these countries, in id order: what a new record may merge into. */
    public List<Visit> findByCategoryAndCountries(VisitCategory category, String countrySet) {
        return session.createSelectionQuery(
                        "from Visit where category = :category and countrySet = :countries order by id", Visit.class)
                .setParameter("category", category)
                .setParameter("countries", countrySet)
                .getResultList();
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Visit", Long.class).getSingleResult();
    }
}
