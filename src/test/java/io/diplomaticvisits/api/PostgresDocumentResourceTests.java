package io.diplomaticvisits.api;

import io.diplomaticvisits.PostgresServer;
import io.diplomaticvisits.PostgresStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link DocumentResourceTests} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresStore.class)
@ExtendWith(PostgresServer.class)
class PostgresDocumentResourceTests extends DocumentResourceTests {
}
