package io.diplomaticvisits.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.diplomaticvisits.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExtractResourceTests {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TEXT_UTF8 = "text/plain; charset=utf-8";
    private static final String MEETING_VI =
            "Chiều 25/7 tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính tiếp Thủ tướng Campuchia Hun Manet.";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void seedArticleYieldsTheSpecificationsRecords() throws Exception {
        String seed = Files.readString(Path.of("seeds", "001_59414898f73a61e3.txt"), StandardCharsets.UTF_8);

        JsonPath reply = given().filter(Contract.EXCHANGE).contentType(TEXT_UTF8).body(seed)
                .queryParam("documentName", "001_59414898f73a61e3.txt")
                .when().post("/api/v1/extract")
                .then().statusCode(200).contentType("application/json")
                .body("language", equalTo("vi"))
                .body("visits", not(empty()))
                .extract().jsonPath();

        Map<String, Object> beijing = reply.getMap("visits.find { it.location.city == 'Beijing' }");
        assertThat(beijing).containsEntry("type", "OFFICIAL_VISIT").containsEntry("guestCountry", "VN")
                .containsEntry("hostCountry", "CN").containsEntry("countries", List.of("CN", "VN"))
                .containsEntry("start", Map.of("year", 2011, "month", 10, "day", 11));
        assertThat(reply.getList("participants.name", String.class)).contains("Nguyễn Phú Trọng", "Tập Cận Bình");
        assertThat(reply.getList("participants.find { it.name == 'Tập Cận Bình' }.aliases", String.class))
                .contains("Xi Jinping");
        assertThat(reply.getList("partnerships.findAll { it.countries.contains('US') }.level", String.class))
                .containsExactly("COMPREHENSIVE_STRATEGIC_PARTNERSHIP");
        assertThat(reply.getList("agreements.type", String.class)).contains("JOINT_STATEMENT", "DEALS");
        assertThat(reply.getList("visits.sources.flatten().document", String.class)).containsOnly("001_59414898f73a61e3.txt");
    }

    @Test
    void sourceOffsetsPointIntoTheBody() {
        String text = "Tin trong nước.\n" + MEETING_VI;

        JsonPath reply = given().filter(Contract.EXCHANGE).contentType(TEXT_UTF8).body(text)
                .when().post("/api/v1/extract")
                .then().statusCode(200).extract().jsonPath();

        int start = reply.getInt("visits[0].sources[0].start");
        int end = reply.getInt("visits[0].sources[0].end");
        assertThat(text.substring(start, end)).isEqualTo(reply.getString("visits[0].sources[0].sentence"));
        assertThat(reply.getString("visits[0].sources[0].document")).isEqualTo("request");
    }

    @Test
    void publishedAtGivesTheYearOfADateWithoutOne() {
        given().filter(Contract.EXCHANGE).contentType(TEXT_UTF8).body(MEETING_VI)
                .queryParam("publishedAt", "2024-07-26")
                .when().post("/api/v1/extract")
                .then().statusCode(200)
                .body("visits[0].countries", equalTo(List.of("KH", "VN")))
                .body("visits[0].start.year", equalTo(2024))
                .body("visits[0].start.month", equalTo(7))
                .body("visits[0].start.day", equalTo(25));
    }

    @Test
    void englishTextIsReadAsEnglish() {
        given().filter(Contract.EXCHANGE).contentType(TEXT_UTF8)
                .body("Hanoi (VNA) – Prime Minister Pham Minh Chinh held talks with Australian Prime Minister "
                        + "Anthony Albanese in Hanoi on June 4.")
                .when().post("/api/v1/extract")
                .then().statusCode(200)
                .body("language", equalTo("en"))
                .body("visits.type", hasItem("TALKS"))
                .body("participants.name", hasItem("Anthony Albanese"));
    }

    @Test
    void textWithoutEventsYieldsEmptyLists() {
        given().filter(Contract.EXCHANGE).contentType(TEXT_UTF8).body("Trời hôm nay đẹp.")
                .when().post("/api/v1/extract")
                .then().statusCode(200)
                .body("visits", empty()).body("participants", empty())
                .body("partnerships", empty()).body("agreements", empty());
    }

    @Test
    void blankBodyIsProblem400() {
        given().filter(Contract.RESPONSE).contentType(TEXT_UTF8).body(" \n ")
                .when().post("/api/v1/extract")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("empty"));
    }

    @Test
    void bodyThatIsNotUtf8IsProblem400() {
        byte[] latin1 = "Hà Nội".getBytes(StandardCharsets.ISO_8859_1);

        given().filter(Contract.RESPONSE).contentType(TEXT_UTF8).body(latin1)
                .when().post("/api/v1/extract")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("not valid UTF-8"));
    }

    @Test
    void malformedPublishedAtIsProblem400NamingIt() {
        given().filter(Contract.RESPONSE).contentType(TEXT_UTF8).body(MEETING_VI)
                .queryParam("publishedAt", "26/07/2024")
                .when().post("/api/v1/extract")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("publishedAt"))
                .body("violations[0].in", equalTo("query"));
    }

    @Test
    void bodyOverOneMebibyteIsProblem413() {
        byte[] body = new byte[1024 * 1024 + 1];
        Arrays.fill(body, (byte) 'a');

        given().filter(Contract.RESPONSE).contentType(TEXT_UTF8).body(body)
                .when().post("/api/v1/extract")
                .then().statusCode(413).contentType(PROBLEM_JSON).body("status", equalTo(413));
    }

    @Test
    void jsonBodyIsProblem415() {
        given().filter(Contract.RESPONSE).contentType("application/json").body("{\"text\":\"Hà Nội\"}")
                .when().post("/api/v1/extract")
                .then().statusCode(415).contentType(PROBLEM_JSON).body("status", equalTo(415));
    }

    @Test
    void otherCharsetThanUtf8IsProblem415() {
        given().filter(Contract.RESPONSE).contentType("text/plain; charset=ISO-8859-1").body("Ha Noi")
                .when().post("/api/v1/extract")
                .then().statusCode(415).contentType(PROBLEM_JSON).body("detail", containsString("ISO-8859-1"));
    }

    @Test
    void askingForXmlIsProblem406() {
        given().filter(Contract.RESPONSE).contentType(TEXT_UTF8).accept("application/xml").body(MEETING_VI)
                .when().post("/api/v1/extract")
                .then().statusCode(406).contentType(PROBLEM_JSON);
    }
}
