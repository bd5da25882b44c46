package io.diplomaticvisits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The packaged service ({@code target/diplomatic-visits-runner.jar}) run as a process of its own, as in production,
 * for the integration tests that kill it, restart it or run two of it. Its output goes to {@code target/it-logs/}.
 * It starts with the JVM options of the README's start command, and with {@code -Xshare:on}: a class-data sharing
 * archive that the JVM cannot use (stale, or written for another jar) fails the start instead of being ignored.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final String API_KEY = "it-api-key";
    private static final Path JAR = Path.of("target", "diplomatic-visits-runner.jar");
    private static final Path CDS_ARCHIVE = Path.of("target", "app-cds.jsa");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final URI base;
    private final Path log;

    private ServiceProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts the jar with these system properties (plus a free port and the API key); does not wait for it. */
    public static ServiceProcess start(String name, Map<String, String> properties) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the integration tests through ./mvnw verify");
        }
        if (!Files.isRegularFile(CDS_ARCHIVE)) {
            throw new IllegalStateException(CDS_ARCHIVE + " is missing: the package phase writes it unless -Dappcds.skip");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + CDS_ARCHIVE, "-Xshare:on", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
                "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + port, "-Dvisits.api-key=" + API_KEY));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", JAR.toString()));
        Path log = Files.createDirectories(Path.of("target", "it-logs")).resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ServiceProcess(process, URI.create("http://127.0.0.1:" + port), log);
    }

    /** Blocks until {@code /q/health/ready} answers 200, which it does once the seeds are in. */
    public ServiceProcess awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The service was not ready within " + START_TIMEOUT + "; see " + log);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> postText(String text) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve("/api/v1/documents")).timeout(Duration.ofMinutes(2))
                        .header("X-API-Key", API_KEY).header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                        .header("X-API-Key", API_KEY).DELETE().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> reply = get(path);
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return JSON.readTree(reply.body());
    }

    /** Every id of one list (visits, participants ...), read page by page. */
    public TreeSet<String> ids(String list) throws IOException, InterruptedException {
        TreeSet<String> ids = new TreeSet<>();
        for (int page = 0; ; page++) {
            JsonNode reply = json("/api/v1/" + list + "?size=200&page=" + page);
            reply.path("items").forEach(item -> ids.add(item.path("id").asText()));
            if (page + 1 >= reply.path("totalPages").asInt()) {
                return ids;
            }
        }
    }

    /** SIGKILL: no shutdown hook, no flush, nothing. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
