package io.diplomaticvisits;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service without its response cache: for tests that look at the statements each request sends. */
public class NoResponseCache implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("visits.response-cache-size", "0");
    }
}
