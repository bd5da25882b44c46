package io.diplomaticvisits;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The service on PostgreSQL, switched by the {@code pg} profile as in production, each start in a fresh schema of
 * its own (created by Flyway, dropped when the service stops), loaded with the seeds. Use it with
 * {@code @ExtendWith(PostgresServer.class)} so that the tests are skipped where there is no server.
 */
public class PostgresStore implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "test,pg";
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FreshSchema.class));
    }

    /** Another service on another fresh schema, for tests that add and delete documents. */
    public static class Writable extends PostgresStore {
    }

    public static class FreshSchema implements QuarkusTestResourceLifecycleManager {

        private String schema;

        @Override
        public Map<String, String> start() {
            byte[] random = new byte[6];
            new SecureRandom().nextBytes(random);
            schema = "visits_test_" + HexFormat.of().formatHex(random);
            return Map.of(
                    "quarkus.datasource.\"pg\".jdbc.url", PostgresServer.URL + "?currentSchema=" + schema,
                    "quarkus.datasource.\"pg\".username", PostgresServer.USER,
                    "quarkus.flyway.\"pg\".schemas", schema);
        }

        @Override
        public void stop() {
            PostgresServer.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
