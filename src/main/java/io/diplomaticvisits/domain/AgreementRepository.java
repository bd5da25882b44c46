package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.AgreementType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgreementRepository {

    @Inject
    Session session;

    @Transactional(Transactional.TxType.MANDATORY)
    public void persist(Agreement agreement) {
        session.persist(agreement);
    }

    public Optional<Agreement> findById(String id) {
        return Optional.ofNullable(session.find(Agreement.class, id));
    }

    /** Agreements of one type between exactly these parties, in id order: what a new record may merge into. */
    public List<Agreement> findByTypeAndParties(AgreementType type, String partySet) {
        return session.createSelectionQuery(
                        "from Agreement where type = :type and partySet = :parties order by id", Agreement.class)
                .setParameter("type", type)
                .setParameter("parties", partySet)
                .getResultList();
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Agreement", Long.class).getSingleResult();
    }
}
