package io.diplomaticvisits.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Serves the contract at {@value #PATH}: the bytes of the root openapi.yaml (copied to {@value #RESOURCE} at build
 * time) as they are, or the same document as JSON for {@code ?format=json}, {@value #PATH}.json or a request that
 * accepts JSON. The file is the document: nothing parses it at start-up, and the JSON is made on its first request.
 */
@ApplicationScoped
public class ContractRoute {

    static final String PATH = "/q/openapi";
    static final String RESOURCE = "META-INF/openapi.yaml";
    private static final String YAML_TYPE = "application/yaml;charset=UTF-8";
    private static final String JSON_TYPE = "application/json;charset=UTF-8";

    private volatile byte[] yaml;
    private volatile byte[] json;

    void install(@Observes Router router) {
        router.route(PATH).method(HttpMethod.GET).method(HttpMethod.HEAD).blockingHandler(this::negotiated, false);
        router.route(PATH + ".json").method(HttpMethod.GET).method(HttpMethod.HEAD)
                .blockingHandler(context -> send(context, true), false);
        for (String suffix : new String[] {".yaml", ".yml"}) {
            router.route(PATH + suffix).method(HttpMethod.GET).method(HttpMethod.HEAD)
                    .blockingHandler(context -> send(context, false), false);
        }
    }

    private void negotiated(RoutingContext context) {
        String format = context.request().getParam("format");
        if (format == null || format.isBlank()) {
            String accept = context.request().getHeader(HttpHeaders.ACCEPT);
            send(context, accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json"));
            return;
        }
        switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> send(context, true);
            case "yaml", "yml" -> send(context, false);
            default -> context.response()
                    .setStatusCode(400)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end("{\"status\":400,\"title\":\"Bad Request\",\"detail\":\"format must be json or yaml\","
                            + "\"instance\":\"" + PATH + "\"}");
        }
    }

    private void send(RoutingContext context, boolean asJson) {
        byte[] document = asJson ? json() : yaml();
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, asJson ? JSON_TYPE : YAML_TYPE)
                .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(document.length));
        if (context.request().method() == HttpMethod.HEAD) {
            context.response().end();
        } else {
            context.response().end(Buffer.buffer(document));
        }
    }

    private byte[] yaml() {
        byte[] document = yaml;
        if (document == null) {
            document = readContract();
            yaml = document;
        }
        return document;
    }

    private byte[] json() {
        byte[] document = json;
        if (document == null) {
            try {
                JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml());
                document = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
            } catch (IOException e) {
                throw new UncheckedIOException("The contract " + RESOURCE + " is not valid YAML", e);
            }
            json = document;
        }
        return document;
    }

    private static byte[] readContract() {
        try (InputStream in = ContractRoute.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The contract " + RESOURCE + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + RESOURCE, e);
        }
    }
}
