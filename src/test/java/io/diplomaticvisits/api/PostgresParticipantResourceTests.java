package io.diplomaticvisits.api;

import io.diplomaticvisits.PostgresServer;
import io.diplomaticvisits.PostgresStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link ParticipantResourceTests} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresStore.class)
@ExtendWith(PostgresServer.class)
class PostgresParticipantResourceTests extends ParticipantResourceTests {
}
