package io.diplomaticvisits;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A service of its own on a database of its own, for tests that add or remove records. */
public class IsolatedStore implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.\"h2\".jdbc.url", "jdbc:h2:mem:isolated;DB_CLOSE_DELAY=-1");
    }
}
