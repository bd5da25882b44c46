package io.diplomaticvisits.domain;

import io.quarkus.arc.InjectableInstance;
import io.quarkus.hibernate.orm.PersistenceUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.hibernate.Session;

/**
 * Makes the one active persistence unit ("h2" or "pg", chosen by configuration at start-up)
 * the plain injectable {@link Session}, so that no other class knows which database is in use.
 */
@ApplicationScoped
class ActiveSession {

    @Inject
    @PersistenceUnit("h2")
    InjectableInstance<Session> h2;

    @Inject
    @PersistenceUnit("pg")
    InjectableInstance<Session> pg;

    @Produces
    @ApplicationScoped
    Session session() {
        if (h2.getHandle().getBean().isActive()) {
            return h2.get();
        }
        if (pg.getHandle().getBean().isActive()) {
            return pg.get();
        }
        throw new IllegalStateException("No active persistence unit: activate exactly one of the h2 and pg datasources");
    }
}
