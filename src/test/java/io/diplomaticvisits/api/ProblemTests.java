package io.diplomaticvisits.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.diplomaticvisits.Contract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error is an RFC 9457 problem; a 400 names the parameter at fault. */
@QuarkusTest
class ProblemTests {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ParameterizedTest(name = "{0}?{1}={2}")
    @CsvSource({
            "/api/v1/visits, type, VACATION",
            "/api/v1/visits, category, TOUR",
            "/api/v1/visits, status, CANCELLED",
            "/api/v1/visits, sort, date",
            "/api/v1/visits, size, 0",
            "/api/v1/visits, size, 1000",
            "/api/v1/visits, size, twenty",
            "/api/v1/visits, page, -1",
            "/api/v1/visits, page, abc",
            "/api/v1/visits, from, 2023-13-01",
            "/api/v1/visits, to, yesterday",
            "/api/v1/visits, country, XX",
            "/api/v1/visits, guestCountry, Vietnam",
            "/api/v1/visits, hostCountry, ZZ",
            "/api/v1/visits, participant, not-an-id",
            "/api/v1/participants, rank, KING",
            "/api/v1/participants, country, QQ",
            "/api/v1/participants, page, 1.5",
            "/api/v1/partnerships, level, BEST_FRIENDS",
            "/api/v1/partnerships, country, XX",
            "/api/v1/agreements, type, TREATY",
            "/api/v1/agreements, from, 2019-02-30",
            "/api/v1/agreements, country, XX",
            "/api/v1/countries, size, 201",
            "/api/v1/documents, size, 0",
            "/api/v1/documents, page, x",
    })
    void badQueryParameterIsProblem400NamingIt(String path, String parameter, String value) {
        given().filter(Contract.RESPONSE).queryParam(parameter, value)
                .when().get(path)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(parameter))
                .body("violations[0].in", equalTo("query"));
    }

    @Test
    void rangeThatEndsBeforeItStartsIsProblem400() {
        given().filter(Contract.RESPONSE).queryParam("from", "2024-01-01").queryParam("to", "2023-01-01")
                .when().get("/api/v1/visits")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("from"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/v1/partnerships/XX, countryCode",
            "/api/v1/countries/XYZ, code",
            "/api/v1/countries/12, code",
    })
    void unknownCountryCodeInThePathIsProblem400NamingIt(String path, String parameter) {
        given().filter(Contract.RESPONSE).when().get(path)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo(parameter))
                .body("violations[0].in", equalTo("path"));
    }

    @Test
    void unknownPathIsProblem404() {
        given().when().get("/api/v1/embassies")
                .then().statusCode(404).contentType(PROBLEM_JSON).body("instance", equalTo("/api/v1/embassies"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "DELETE, /api/v1/visits",
            "PUT, /api/v1/countries/CN",
            "POST, /api/v1/participants",
            "GET, /api/v1/extract",
    })
    void unsupportedMethodIsProblem405(String method, String path) {
        given().contentType("application/json").body("{}")
                .when().request(method, path)
                .then().statusCode(405).contentType(PROBLEM_JSON).body("status", equalTo(405));
    }

    @Test
    void askingForXmlIsProblem406() {
        given().filter(Contract.RESPONSE).accept("application/xml")
                .when().get("/api/v1/visits")
                .then().statusCode(406).contentType(PROBLEM_JSON).body("status", equalTo(406));
    }

    @Test
    void unexpectedFailureIsProblem500WithoutStackTrace() {
        String body = given().when().get("/test-only/failure")
                .then().statusCode(500).contentType(PROBLEM_JSON).body("status", equalTo(500))
                .extract().asString();

        assertThat(body).doesNotContain("IllegalStateException", "Secret.java", "\tat ", "stackTrace");
    }
}
