package io.diplomaticvisits.api;

import io.diplomaticvisits.config.VisitsConfig;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Lets a request to a {@link WriteAccess} endpoint through only when its {@value #HEADER} header holds the key of
 * {@code visits.api-key}: 401 when it is missing or wrong, 403 when the service has no key (writes are then off).
 */
@Provider
@WriteAccess
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyCheck implements ContainerRequestFilter {

    public static final String HEADER = "X-API-Key";

    // Looked up per request: JAX-RS providers are built at static init, before configuration mappings exist.
    @Inject
    Instance<VisitsConfig> config;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = config.get().apiKey().filter(k -> !k.isBlank()).orElse(null);
        if (key == null) {
            throw HttpProblem.builder().withStatus(403).withTitle("Forbidden")
                    .withDetail("Writes are disabled: this service has no API key configured"
                            + " (set visits.api-key or VISITS_API_KEY to enable them)")
                    .build();
        }
        String presented = request.getHeaderString(HEADER);
        if (presented == null || presented.isEmpty()) {
            throw unauthorized("This request changes the store: send the API key in the " + HEADER + " header");
        }
        if (!matches(key, presented)) {
            throw unauthorized("The " + HEADER + " header does not hold the API key");
        }
    }

    /**
     * Compares the SHA-256 digests in constant time, so that neither the position of the first wrong character
     * nor the length of the key shows in the time taken.
     */
    static boolean matches(String expected, String presented) {
        return MessageDigest.isEqual(sha256(expected), sha256(presented));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static HttpProblem unauthorized(String detail) {
        return HttpProblem.builder().withStatus(401).withTitle("Unauthorized").withDetail(detail)
                .withHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"").build();
    }
}
