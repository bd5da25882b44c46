package io.diplomaticvisits.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
public class DocumentRepository {

    @Inject
    Session session;

    @Transactional(Transactional.TxType.MANDATORY)
    public void persist(Document document) {
        session.persist(document);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(Document document) {
        session.remove(document);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Document> findById(String id) {
        return Optional.ofNullable(session.find(Document.class, id));
    }

    /** Documents in name order, {@code size} of them from page {@code page} (0-based). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Document> page(int page, int size) {
        return session.createSelectionQuery("from Document order by name, id", Document.class)
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page * size))
                .setMaxResults(size)
                .getResultList();
    }

    /** The ids of every stored document. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> allIds() {
        return new HashSet<>(session.createSelectionQuery("select id from Document", String.class).getResultList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return session.createSelectionQuery("select count(*) from Document", Long.class).getSingleResult();
    }
}
