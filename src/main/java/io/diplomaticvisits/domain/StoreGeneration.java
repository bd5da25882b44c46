package io.diplomaticvisits.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/** The number of write transactions committed to the store so far, by any instance sharing it. */
@ApplicationScoped
public class StoreGeneration {

    @Inject
    Session session;

    @Transactional(Transactional.TxType.SUPPORTS)
    public long current() {
        return session.createNativeQuery("SELECT generation FROM write_lock WHERE id = 1", Long.class)
                .getSingleResult();
    }
}
