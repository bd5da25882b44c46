package io.diplomaticvisits;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A service of its own on an H2 database of its own, for tests that send and delete documents over the API. */
public class WritableStore implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.\"h2\".jdbc.url", "jdbc:h2:mem:writable;DB_CLOSE_DELAY=-1");
    }
}
