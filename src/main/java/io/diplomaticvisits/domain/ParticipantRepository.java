package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.Rank;
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
public class ParticipantRepository {

    @Inject
    Session session;

    @Transactional(Transactional.TxType.MANDATORY)
    public void persist(Participant participant) {
        session.persist(participant);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(Participant participant) {
        session.remove(participant);
    }

    public Optional<Participant> findById(String id) {
        return Optional.ofNullable(session.find(Participant.class, id));
    }

    public List<Participant> findByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return session.createSelectionQuery("from Participant p where p.id in :ids", Participant.class)
                .setParameter("ids", ids)
                .getResultList();
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

    /**
     * People with a word beginning with the query's longest word (an index range scan) whose folded names contain
     * the whole query.
     */
    private static final String PARTICIPANT_TEXT = "p.id in (select wp.id from Participant wp join wp.words w"
            + " where w >= :wordLowest and w < :wordBeyond) and p.searchText like :text escape '!'";

    /** One page of the people that pass the filters (each optional), in name order. */
    public Slice<Participant> search(String country, Rank rank, String text, int page, int size) {
        return new HqlQuery("from Participant p")
                .and("p.country = :country", "country", country)
                .and("p.bestRank = :rank", "rank", rank)
                .matching(text, PARTICIPANT_TEXT)
                .page(session, "select p", "p.name, p.id", Participant.class, page, size);
    }

    public List<Participant> findByDocument(String documentId) {
        return session.createSelectionQuery("select p from Participant p where p.id in (select sp.id from Participant sp"
                        + " join sp.sources s where s.documentId = :document) order by p.name, p.id",
                        Participant.class)
                .setParameter("document", documentId)
                .getResultList();
    }

    public Map<String, Long> countByDocument(Collection<String> documentIds) {
        return RecordCounts.perDocument(session, "Participant", documentIds);
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Participant", Long.class).getSingleResult();
    }
}
