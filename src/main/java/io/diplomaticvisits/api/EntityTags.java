package io.diplomaticvisits.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Gives every successful GET of the API a strong {@code ETag}, the SHA-256 of the JSON it sends, and answers
 * {@code If-None-Match} with 304 and no body when the client already holds that JSON. An answer from the
 * {@link ResponseCache} comes with its tag already.
 */
@Provider
public class EntityTags implements ContainerResponseFilter {

    private static final String API = "/api/";

    @Inject
    ObjectMapper json;

    @Inject
    CachedAnswers answers;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
                || !request.getUriInfo().getRequestUri().getPath().startsWith(API)) {
            return;
        }
        String known = response.getHeaderString(HttpHeaders.ETAG);
        String tag = known != null ? known : tagOf(response.getEntity());
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (known == null) {
            answers.keep(request, response, tag);
        }
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    private String tagOf(Object entity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(entity));
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compute the entity tag", e);
        }
    }

    /** RFC 9110 weak comparison: {@code *}, or any listed tag equal to ours once a {@code W/} prefix is dropped. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.trim();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
