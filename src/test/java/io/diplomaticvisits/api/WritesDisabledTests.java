package io.diplomaticvisits.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.diplomaticvisits.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A service started without an API key takes no writes, says why, and still answers reads. */
@QuarkusTest
@TestProfile(WritesDisabledTests.NoApiKey.class)
class WritesDisabledTests {

    public static class NoApiKey implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("visits.api-key", "", "quarkus.datasource.\"h2\".jdbc.url",
                    "jdbc:h2:mem:no-api-key;DB_CLOSE_DELAY=-1", "visits.seeds-dir", "target/no-seeds");
        }
    }

    @Test
    void writesAreProblem403SayingNoKeyIsConfigured() {
        given().filter(Contract.RESPONSE).header("X-API-Key", "anything").contentType("text/plain; charset=utf-8")
                .body("Thủ tướng Phạm Minh Chính tiếp Đại sứ Cuba.")
                .when().post("/api/v1/documents")
                .then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("no API key configured"))
                .body("detail", containsString("VISITS_API_KEY"));
        given().filter(Contract.RESPONSE)
                .when().delete("/api/v1/documents/{id}", "0000000000000000")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void readsAndExtractionStillAnswer() {
        given().filter(Contract.EXCHANGE).when().get("/api/v1/documents")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().filter(Contract.EXCHANGE).contentType("text/plain; charset=utf-8").body("Thủ tướng tiếp Đại sứ Cuba.")
                .when().post("/api/v1/extract").then().statusCode(200);
    }
}
