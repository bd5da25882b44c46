package io.diplomaticvisits.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.diplomaticvisits.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS with the allowed origins set by configuration ({@code visits.cors-origins}). */
@QuarkusTest
@TestProfile(CorsTests.OneOrigin.class)
class CorsTests {

    static final String ALLOWED = "https://analyst.example.org";

    public static class OneOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("visits.cors-origins", ALLOWED);
        }
    }

    @Test
    void configuredOriginMayReadAndSeesTheLinkAndEntityTagHeaders() {
        given().filter(Contract.EXCHANGE).header("Origin", ALLOWED)
                .when().get("/api/v1/countries")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"));
    }

    @Test
    void preflightFromTheConfiguredOriginIsAnswered() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/visits")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Test
    void otherOriginIsNotAllowed() {
        given().header("Origin", "https://elsewhere.example.com")
                .when().get("/api/v1/countries")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
