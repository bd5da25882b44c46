package io.diplomaticvisits.health;

import io.diplomaticvisits.domain.DocumentRepository;
import io.diplomaticvisits.ingest.SeedLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the start-up load of the seeds is over; then reports how many documents are stored. */
@Readiness
@ApplicationScoped
public class StartupLoadReadiness implements HealthCheck {

    static final String NAME = "startup-load";

    @Inject
    SeedLoader seedLoader;

    @Inject
    DocumentRepository documents;

    @Override
    public HealthCheckResponse call() {
        if (!seedLoader.isFinished()) {
            return HealthCheckResponse.down(NAME);
        }
        return HealthCheckResponse.named(NAME).up().withData("documents", documents.count()).build();
    }
}
