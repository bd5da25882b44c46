package io.diplomaticvisits.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.diplomaticvisits.config.VisitsConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/** The answers {@link ResponseCache} keeps, at most {@code visits.response-cache-size} of them, least used out first. */
@ApplicationScoped
public class CachedAnswers {

    /** The request property under which {@link ResponseCache} leaves the key of an answer not known yet. */
    static final String KEY = CachedAnswers.class.getName() + ".key";

    @Inject
    VisitsConfig config;

    private Cache<String, Answer> answers;

    /** What a 200 carried: its body (immutable views), type, tag and pagination links. */
    record Answer(Object entity, MediaType type, String entityTag, List<Object> links) {
    }

    @PostConstruct
    void create() {
        answers = Caffeine.newBuilder().maximumSize(Math.max(0, config.responseCacheSize())).build();
    }

    boolean enabled() {
        return config.responseCacheSize() > 0;
    }

    Optional<Answer> get(String key) {
        return Optional.ofNullable(answers.getIfPresent(key));
    }

    /** Keeps a 200 answer to a request that {@link ResponseCache} let through, under the key it was looked up with. */
    void keep(ContainerRequestContext request, ContainerResponseContext response, String entityTag) {
        if (request.getProperty(KEY) instanceof String key && response.getStatus() == Response.Status.OK.getStatusCode()
                && response.hasEntity()) {
            List<Object> links = response.getHeaders().get(HttpHeaders.LINK);
            answers.put(key, new Answer(response.getEntity(), response.getMediaType(), entityTag,
                    links == null ? List.of() : List.copyOf(links)));
        }
    }
}
