package io.diplomaticvisits.ingest;

import io.diplomaticvisits.extract.Extractor;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Loads the extractor's lexicons on a thread of their own as soon as the container starts, while the database is
 * opened and migrated on the main thread: the start-up load is the first to need them, and waits only for what is
 * left of the work, not all of it. (Quarkus warns at build time that this event may be delivered differently in a
 * native image; the service runs on the JVM only.)
 */
@ApplicationScoped
class ExtractorWarmUp {

    void onContainerStart(@Observes @Initialized(ApplicationScoped.class) @Priority(1) Object event) {
        Thread loading = new Thread(Extractor::standard, "extractor-warm-up");
        loading.setDaemon(true);
        loading.start();
    }
}
