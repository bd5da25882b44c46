package io.diplomaticvisits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service on one PostgreSQL schema, started at the same moment so that both load the
 * seeds at once, then written to at the same moment: they hold exactly what one service alone (on H2) holds, and a
 * text sent to both is stored once.
 */
class TwoInstancesIT {

    private static final List<String> LISTS = List.of("documents", "visits", "participants", "partnerships",
            "agreements");

    @Test
    void twoInstancesOnOneDatabaseStoreEverythingOnce() throws Exception {
        assumeTrue(PostgresServer.reachable(), "PostgreSQL is not reachable at " + PostgresServer.URL);
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        String schema = "visits_it_" + HexFormat.of().formatHex(random);
        Map<String, String> pg = Map.of("quarkus.profile", "pg",
                "quarkus.datasource.\"pg\".jdbc.url", PostgresServer.URL + "?currentSchema=" + schema,
                "quarkus.flyway.\"pg\".schemas", schema);
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "reference-");
        try (ServiceProcess a = ServiceProcess.start("two-instances-a", pg);
             ServiceProcess b = ServiceProcess.start("two-instances-b", pg);
             ServiceProcess alone = ServiceProcess.start("two-instances-reference",
                     Map.of("visits.data-dir", data.toString()))) {
            a.awaitReady();
            b.awaitReady();
            alone.awaitReady();

            for (String list : LISTS) {
                assertThat(a.ids(list)).as(list).isEqualTo(alone.ids(list)).isEqualTo(b.ids(list));
            }

            String text = "Chiều 20/11/2023, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính tiếp Đại sứ Phần Lan tại"
                    + " Việt Nam Anna Virtanen.";
            List<HttpResponse<String>> replies = atOnce(() -> a.postText(text), () -> b.postText(text));
            assertThat(replies).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 200);
            String location = replies.get(0).headers().firstValue("Location")
                    .or(() -> replies.get(0).headers().firstValue("Content-Location")).orElseThrow();
            assertThat(b.get(URI.create(location).getPath()).statusCode()).isEqualTo(200);
            alone.postText(text);

            for (String list : LISTS) {
                TreeSet<String> reference = alone.ids(list);
                assertThat(a.ids(list)).as(list).isEqualTo(reference);
                assertThat(b.ids(list)).as(list).isEqualTo(reference);
            }
        } finally {
            PostgresServer.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** Every call from a thread of its own, released together. */
    private static List<HttpResponse<String>> atOnce(Call... calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> replies = new ArrayList<>();
            for (Call call : calls) {
                replies.add(threads.submit(() -> {
                    start.await();
                    return call.send();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> out = new ArrayList<>();
            for (Future<HttpResponse<String>> reply : replies) {
                out.add(reply.get(2, TimeUnit.MINUTES));
            }
            return out;
        } finally {
            threads.shutdownNow();
        }
    }
}
