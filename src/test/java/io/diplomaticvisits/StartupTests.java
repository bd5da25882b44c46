package io.diplomaticvisits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service as a newcomer starts it: seeds loaded, contract and tools served. */
@QuarkusTest
class StartupTests {

    private static final Path SEEDS = Path.of("seeds");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void readinessIsUpWithTheFiveSeedDocuments() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'startup-load' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'startup-load' }.data.documents", equalTo(5));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servedContractIsTheRootOpenapiFile() throws IOException {
        JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(Contract.FILE.toFile());
        String served = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        JsonNode servedTree = new ObjectMapper().readTree(served);

        assertThat(servedTree.path("openapi").asText()).isEqualTo("3.0.3");
        assertThat(servedTree.path("info").path("title").asText()).isEqualTo(file.path("info").path("title").asText());
        assertThat(fieldNames(servedTree.path("paths"))).isEqualTo(fieldNames(file.path("paths")));
        assertThat(servedTree).isEqualTo(file);
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void metricsAreServed() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void documentListHoldsTheSeedsUnderIdsDerivedFromTheirContent() throws Exception {
        List<String> ids = given().filter(Contract.EXCHANGE).queryParam("size", 100)
                .when().get("/api/v1/documents")
                .then().statusCode(200)
                .body("totalItems", equalTo(5))
                .extract().jsonPath().getList("items.id", String.class);

        assertThat(ids).containsExactlyInAnyOrderElementsOf(expectedSeedIds());
    }

    private static List<String> expectedSeedIds() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path file : files.toList()) {
                String nfc = Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(nfc.getBytes(StandardCharsets.UTF_8));
                ids.add(HexFormat.of().formatHex(digest).substring(0, 16));
            }
        }
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
