package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.StoreGeneration;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a GET of the API from memory when the same request was answered since the store last changed. Answers are
 * keyed by the store's generation (one primary-key read per request), which every write by any instance sharing the
 * store increments: an answer given before a change is never served after it, and ages out of the cache.
 * {@link EntityTags}, which tags every answer, hands the new ones to {@link CachedAnswers#keep}.
 */
@Provider
public class ResponseCache implements ContainerRequestFilter {

    private static final String API = "/api/";

    @Inject
    StoreGeneration generation;

    @Inject
    CachedAnswers answers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!answers.enabled() || !HttpMethod.GET.equals(request.getMethod())
                || !request.getUriInfo().getRequestUri().getPath().startsWith(API)) {
            return;
        }
        String key = generation.current() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
        CachedAnswers.Answer known = answers.get(key).orElse(null);
        if (known == null) {
            request.setProperty(CachedAnswers.KEY, key);
            return;
        }
        Response.ResponseBuilder answer = Response.ok(known.entity(), known.type())
                .header(HttpHeaders.ETAG, known.entityTag());
        known.links().forEach(link -> answer.header(HttpHeaders.LINK, link));
        request.abortWith(answer.build());
    }
}
