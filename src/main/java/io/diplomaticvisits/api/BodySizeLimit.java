package io.diplomaticvisits.api;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Turns away a request body over {@link #MAX_BYTES} with a 413 problem before anything reads it. Vert.x's own
 * limit ({@code quarkus.http.limits.max-body-size}, set higher) would answer with an empty 413; a body sent
 * without a Content-Length is measured by the resource instead.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** 1 MiB. */
    public static final long MAX_BYTES = 1024 * 1024;

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > MAX_BYTES) {
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem(context.normalizedPath()));
            return;
        }
        context.next();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String tooLargeDetail() {
        return "The body is larger than " + MAX_BYTES + " bytes (1 MiB)";
    }

    private static String problem(String path) {
        return "{\"status\":413,\"title\":\"Content Too Large\",\"detail\":\"" + tooLargeDetail()
                + "\",\"instance\":\"" + jsonEscaped(path) + "\"}";
    }

    private static String jsonEscaped(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
