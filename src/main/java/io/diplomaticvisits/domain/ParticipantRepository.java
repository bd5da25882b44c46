package io.diplomaticvisits.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ParticipantRepository {

    @Inject
    Session session;

    @Transactional(Transactional.TxType.MANDATORY)
    public void persist(Participant participant) {
        session.persist(participant);
    }

    public Optional<Participant> findById(String id) {
        return Optional.ofNullable(session.find(Participant.class, id));
    }

    /** People known under any of these folded names, in id order. */
    public List<Participant> findByAnyKey(Collection<String> foldedNames) {
        if (foldedNames.isEmpty()) {
            return List.of();
        }
        return session.createSelectionQuery(
                        "select distinct p from Participant p join p.keys k where k in :keys order by p.id",
                        Participant.class)
                .setParameter("keys", foldedNames)
                .getResultList();
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Participant", Long.class).getSingleResult();
    }
}
