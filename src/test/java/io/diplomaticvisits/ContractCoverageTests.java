package io.diplomaticvisits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract and the service list the same operations: every JAX-RS resource method compiled into the
 * service (its class and method {@code @Path}, its HTTP method annotation) is in {@code openapi.yaml}, and every
 * operation of {@code openapi.yaml} is served by one.
 */
class ContractCoverageTests {

    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    @Test
    void contractAndServiceListTheSameOperations() throws Exception {
        Set<String> served = servedOperations();

        assertThat(served).isNotEmpty().contains("GET /api/v1/visits", "POST /api/v1/extract",
                "POST /api/v1/documents", "DELETE /api/v1/documents/{id}");
        assertThat(contractOperations()).isEqualTo(served);
    }

    @Test
    void templateVariablesAreNamedAlike() throws Exception {
        assertThat(servedOperations()).contains("GET /api/v1/partnerships/{countryCode}", "GET /api/v1/countries/{code}",
                "GET /api/v1/participants/{id}/visits");
    }

    private static Set<String> contractOperations() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Contract.FILE.toFile()).path("paths");
        Set<String> operations = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (HTTP_METHODS.contains(method)) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** Every resource method of the compiled service classes, as "METHOD /path". */
    private static Set<String> servedOperations() throws IOException, ClassNotFoundException {
        Set<String> operations = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ContractCoverageTests.class.getClassLoader());
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String httpMethod = httpMethodOf(method);
                    if (httpMethod != null) {
                        Path sub = method.getAnnotation(Path.class);
                        operations.add(httpMethod + " " + join(root.value(), sub == null ? "" : sub.value()));
                    }
                }
            }
        }
        return operations;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** The path as OpenAPI writes it: one slash between parts, none at the end, no regex in templates. */
    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
