package io.diplomaticvisits.api;

import io.diplomaticvisits.PostgresServer;
import io.diplomaticvisits.PostgresStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link DocumentWriteTests} on PostgreSQL: ingestion, concurrency, deletion, bad input. */
@QuarkusTest
@TestProfile(PostgresStore.Writable.class)
@ExtendWith(PostgresServer.class)
class PostgresDocumentWriteTests extends DocumentWriteTests {
}
