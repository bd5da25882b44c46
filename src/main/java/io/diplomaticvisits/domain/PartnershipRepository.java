package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.PartnershipLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PartnershipRepository {

    @Inject
    Session session;

    @Transactional(Transactional.TxType.MANDATORY)
    public void persist(Partnership partnership) {
        session.persist(partnership);
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

    public long count() {
        return session.createSelectionQuery("select count(*) from Partnership", Long.class).getSingleResult();
    }
}
