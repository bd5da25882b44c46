package io.diplomaticvisits.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.domain.DocumentRepository;
import io.diplomaticvisits.ingest.SeedLoader;
import jakarta.enterprise.inject.Vetoed;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class StartupLoadReadinessTests {

    @Test
    void downWhileTheSeedLoadIsUnderWay() {
        StartupLoadReadiness readiness = readiness(false);

        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    @Test
    void upWithTheDocumentCountOnceTheLoadIsOver() {
        HealthCheckResponse response = readiness(true).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("documents", 7L));
    }

    private static StartupLoadReadiness readiness(boolean finished) {
        StartupLoadReadiness readiness = new StartupLoadReadiness();
        readiness.seedLoader = new FixedSeedLoader(finished);
        readiness.documents = new SevenDocuments();
        return readiness;
    }

    @Vetoed
    static class FixedSeedLoader extends SeedLoader {
        private final boolean finished;

        FixedSeedLoader(boolean finished) {
            this.finished = finished;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }
    }

    @Vetoed
    static class SevenDocuments extends DocumentRepository {
        @Override
        public long count() {
            return 7;
        }
    }
}
