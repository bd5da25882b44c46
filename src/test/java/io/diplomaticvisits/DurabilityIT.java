package io.diplomaticvisits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomaticvisits.ingest.ExtractorWarmUp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The packaged service on its default H2 file database, killed with SIGKILL as soon as a write has answered: the
 * write is there after the restart, and the restart loads nothing twice. Killed in the middle of a long write, it
 * comes back with all of that document or none of it.
 */
class DurabilityIT {

    private static final String TEXT = "Chiều 14/3/2024, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính tiếp Đại sứ "
            + "Na Uy tại Việt Nam Hilde Solbakken. Hai bên nhất trí thúc đẩy hợp tác năng lượng tái tạo.";

    private static final int EVENTS = 3000;
    private static final long KILL_AFTER_MILLIS = 1500;

    @Test
    void answeredWritesSurviveKill9AndAWriteKilledHalfWayLeavesAllOrNothing() throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "durability-");
        Map<String, String> properties = Map.of("visits.data-dir", data.toString(), "visits.seeds-dir", "seeds");

        ServiceProcess first = ServiceProcess.start("durability-1", properties).awaitReady();
        // ExtractorWarmUp tells a first start from a restart by this file
        assertThat(data.resolve(ExtractorWarmUp.H2_DATABASE_FILE)).isRegularFile();
        Set<String> seedVisits = first.ids("visits");
        HttpResponse<String> added = first.postText(TEXT);
        first.kill();

        assertThat(added.statusCode()).isEqualTo(201);
        JsonNode stored = ServiceProcess.parse(added.body());
        String location = "/api/v1/documents/" + stored.path("id").asText();
        assertThat(stored.path("records").path("visits")).isNotEmpty();

        ServiceProcess second = ServiceProcess.start("durability-2", properties).awaitReady();
        JsonNode afterRestart = second.json(location);
        assertThat(afterRestart.path("records")).isEqualTo(stored.path("records"));
        assertThat(second.json("/api/v1/documents").path("totalItems").asInt()).isEqualTo(6);
        HttpResponse<String> deleted = second.delete(location);
        second.kill();

        assertThat(deleted.statusCode()).isEqualTo(204);
        ServiceProcess third = ServiceProcess.start("durability-3", properties).awaitReady();
        assertThat(third.get(location).statusCode()).isEqualTo(404);
        assertThat(third.json("/api/v1/documents").path("totalItems").asInt()).isEqualTo(5);
        assertThat(third.ids("visits")).isEqualTo(seedVisits);
        Set<String> seedPeople = third.ids("participants");
        String big = manyReceptions(EVENTS);
        CompletableFuture<HttpResponse<String>> unanswered = CompletableFuture.supplyAsync(() -> post(third, big));
        Thread.sleep(KILL_AFTER_MILLIS);
        third.kill();

        try (ServiceProcess fourth = ServiceProcess.start("durability-4", properties).awaitReady()) {
            HttpResponse<String> document = fourth.get("/api/v1/documents/" + idOf(big));
            if (document.statusCode() == 404) {
                assertThat(fourth.ids("visits")).isEqualTo(seedVisits);
                assertThat(fourth.ids("participants")).isEqualTo(seedPeople);
            } else {
                assertThat(document.statusCode()).isEqualTo(200);
                assertThat(ServiceProcess.parse(document.body()).path("records").path("visits").size()).isEqualTo(EVENTS);
            }
            System.out.printf("Killed %d ms into a write of %d events: the document is %s after the restart%n",
                    KILL_AFTER_MILLIS, EVENTS, document.statusCode() == 404 ? "absent, with none of its records"
                            : "there with all its records");
            assertThat(unanswered).isCompletedExceptionally();
        }
    }

    /** One text telling many receptions, each on a day and with a person of its own: a long merge. */
    private static String manyReceptions(int count) {
        String[] countries = {"Nhật Bản", "Hàn Quốc", "Pháp", "Đức", "Canada", "Úc", "Ấn Độ", "Brazil"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("Chiều ").append(1 + i % 28).append('/').append(1 + (i / 28) % 12).append('/')
                    .append(1990 + i / 336).append(", tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính tiếp Đại sứ ")
                    .append(countries[i % countries.length]).append(" tại Việt Nam Erik Number").append(i)
                    .append(" Lindqvist.\n");
        }
        return text.toString();
    }

    private static HttpResponse<String> post(ServiceProcess service, String text) {
        try {
            return service.postText(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String idOf(String text) throws Exception {
        byte[] nfc = Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(nfc)).substring(0, 16);
    }
}
