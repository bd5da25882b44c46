import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the class-data sharing archive that the service starts with (-XX:SharedArchiveFile): runs the packaged jar
 * once with -XX:ArchiveClassesAtExit, on a store of its own in a temporary folder and on a free port, until the seeds
 * are in and each kind of request has been answered, then stops it; the JVM writes every class it loaded, parsed and
 * verified, to the archive as it exits. Run by Maven in the package phase, from the project folder:
 * {@code java src/build/AppCdsTraining.java <jar> <archive> [JVM option ...]}. The JVM options should be those the
 * service will be started with. The archive records the jar's absolute path, size and time: it serves a JVM that
 * starts that same file, from any folder, and a JVM given another file ignores it (with a warning).
 */
public final class AppCdsTraining {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: AppCdsTraining <jar> <archive> [JVM option ...]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[1]);
        Path log = archive.resolveSibling(archive.getFileName() + ".log");
        Path data = Files.createTempDirectory("appcds-training-");
        Files.deleteIfExists(archive);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:ArchiveClassesAtExit=" + archive));
        command.addAll(List.of(args).subList(2, args.length));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dvisits.data-dir=" + data, "-jar", jar.toString()));
        Process service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            awaitReady(service, base, log);
            exercise(base);
            service.destroy();
            if (!service.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("The service did not stop within " + STOP_TIMEOUT + "; see " + log);
            }
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("The JVM wrote no archive " + archive + "; see " + log);
            }
            System.out.printf("AppCDS archive %s written (%d MB); the training run's output is in %s%n", archive,
                    Files.size(archive) >> 20, log);
        } finally {
            service.destroyForcibly();
            deleteTree(data);
        }
    }

    /** One request of each kind the API serves, so that their classes are in the archive too. */
    private static void exercise(URI base) throws IOException, InterruptedException {
        String visits = get(base, "/api/v1/visits?page=0&size=20");
        Matcher id = FIRST_ID.matcher(visits);
        if (id.find()) {
            get(base, "/api/v1/visits/" + id.group(1));
        }
        for (String path : List.of("/api/v1/visits?country=CN&q=th&from=2020-01-01", "/api/v1/participants?q=tr",
                "/api/v1/partnerships", "/api/v1/agreements", "/api/v1/countries", "/api/v1/countries/CN",
                "/api/v1/documents", "/api/v1/visits?size=1000", "/q/openapi", "/q/openapi?format=json", "/q/health",
                "/q/metrics")) {
            get(base, path);
        }
        HTTP.send(HttpRequest.newBuilder(base.resolve("/api/v1/extract")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Ngày 3/5, Chủ tịch nước tiếp Đại sứ Nhật Bản tại Hà Nội."))
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String get(URI base, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static void awaitReady(Process service, URI base, Path log) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service exited with " + service.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The service was not ready within " + START_TIMEOUT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
