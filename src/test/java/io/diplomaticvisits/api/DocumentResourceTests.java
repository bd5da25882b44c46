package io.diplomaticvisits.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.diplomaticvisits.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentResourceTests {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void listPagesThroughDocumentsInNameOrder() {
        List<String> firstPage = names(0, 2);
        List<String> secondPage = names(1, 2);
        List<String> lastPage = names(2, 2);

        assertThat(firstPage).containsExactly("000_c1efc86239cfe8db.txt", "001_59414898f73a61e3.txt");
        assertThat(secondPage).containsExactly("002_f7d3cad1695ce084.txt", "003_e57e90de0e99ff94.txt");
        assertThat(lastPage).containsExactly("004_444188c20de8c06a.txt");
    }

    @Test
    void documentCarriesItsFullTextAndSize() throws Exception {
        String id = given().filter(Contract.EXCHANGE).queryParam("size", 1)
                .when().get("/api/v1/documents")
                .then().statusCode(200).extract().path("items[0].id");
        String text = Files.readString(Path.of("seeds", "000_c1efc86239cfe8db.txt"), StandardCharsets.UTF_8);

        given().filter(Contract.EXCHANGE)
                .when().get("/api/v1/documents/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("000_c1efc86239cfe8db.txt"))
                .body("sizeBytes", equalTo(text.getBytes(StandardCharsets.UTF_8).length))
                .body("text", equalTo(text));
    }

    @Test
    void listCountsTheRecordsDrawnFromEachDocument() {
        Map<String, Object> counts = given().filter(Contract.EXCHANGE).queryParam("size", 200)
                .when().get("/api/v1/documents")
                .then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.name == '001_59414898f73a61e3.txt' }.records");

        assertThat((Integer) counts.get("visits")).isGreaterThanOrEqualTo(20);
        assertThat((Integer) counts.get("participants")).isGreaterThanOrEqualTo(10);
        assertThat((Integer) counts.get("partnerships")).isGreaterThanOrEqualTo(5);
        assertThat((Integer) counts.get("agreements")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void documentShowsItsLanguageAndTheRecordsDrawnFromIt() {
        String id = idOf("003_e57e90de0e99ff94.txt");

        JsonPath document = given().filter(Contract.EXCHANGE)
                .when().get("/api/v1/documents/{id}", id)
                .then().statusCode(200).extract().jsonPath();

        assertThat(document.getString("language")).isEqualTo("en");
        assertThat(document.getList("records.visits.countries.flatten()", String.class)).contains("RU", "KR", "AO");
        assertThat(document.getList("records.participants.name", String.class)).contains("Tô Lâm", "Lê Hoài Trung");
        assertThat(document.getList("records.partnerships.country", String.class)).contains("RU");
        assertThat(document.getList("records.visits.sourceCount", Integer.class))
                .allSatisfy(n -> assertThat(n).isPositive());
    }

    @Test
    void unknownDocumentIsProblem404() {
        given().filter(Contract.EXCHANGE)
                .when().get("/api/v1/documents/{id}", "0000000000000000")
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/documents/0000000000000000"));
    }

    @Test
    void pageSizeOutOfRangeIsProblem400NamingTheParameter() {
        given().filter(Contract.RESPONSE).queryParam("size", 0)
                .when().get("/api/v1/documents")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("size"));
        given().filter(Contract.EXCHANGE).queryParam("size", 200)
                .when().get("/api/v1/documents")
                .then().statusCode(200).body("size", equalTo(200));
    }

    @Test
    void unsupportedMethodIsProblem405() {
        given().body("{}").contentType("application/json")
                .when().put("/api/v1/documents")
                .then().statusCode(405).contentType(PROBLEM_JSON).body("status", equalTo(405));
    }

    private static String idOf(String name) {
        return given().filter(Contract.EXCHANGE).queryParam("size", 200)
                .when().get("/api/v1/documents")
                .then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.name == '" + name + "' }.id");
    }

    private static List<String> names(int page, int size) {
        return given().filter(Contract.EXCHANGE).queryParam("page", page).queryParam("size", size)
                .when().get("/api/v1/documents")
                .then().statusCode(200)
                .body("page", equalTo(page))
                .body("size", equalTo(size))
                .body("totalItems", equalTo(5))
                .extract().jsonPath().getList("items.name", String.class);
    }
}
