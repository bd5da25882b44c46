package io.diplomaticvisits.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.diplomaticvisits.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The visits merged from the five seeds, as the API lists and shows them. */
@QuarkusTest
class VisitResourceTests {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void visitsWithChinaComeInDateOrderWithUndatedOnesLast() {
        List<Map<String, Object>> visits = list(Map.of("country", "CN", "sort", "startDate", "size", 200))
                .getList("items");

        assertThat(visits).allSatisfy(v -> assertThat((List<String>) v.get("countries")).contains("CN"));
        Map<String, Object> first = visits.get(0);
        assertThat(first).containsEntry("type", "OFFICIAL_VISIT").containsEntry("guestCountry", "VN")
                .containsEntry("start", date(2011, 10, 11))
                .containsEntry("location", Map.of("city", "Beijing", "countryCode", "CN"));
        List<Integer> years = visits.stream().map(v -> (Integer) ((Map<?, ?>) v.get("start")).get("year")).toList();
        int firstUndated = years.indexOf(null);
        assertThat(years.subList(0, firstUndated)).isSorted().contains(2011, 2017, 2022, 2023);
        assertThat(years.subList(firstUndated, years.size())).containsOnlyNulls();
        assertThat(visits).anySatisfy(v -> assertThat(v).containsEntry("guestCountry", "CN")
                .containsEntry("start", date(2017, 11, 13)));
    }

    @Test
    void newestFirstReversesTheDatedOrder() {
        List<Integer> years = list(Map.of("country", "CN", "sort", "-startDate", "size", 200))
                .getList("items.start.year");

        List<Integer> dated = years.subList(0, years.indexOf(null));
        assertThat(dated).isSortedAccordingTo((a, b) -> b - a).startsWith(2023).endsWith(2011);
    }

    @Test
    void textSearchIgnoresCaseAndDiacritics() {
        JsonPath plain = list(Map.of("q", "pham minh chinh", "size", 200));
        JsonPath written = list(Map.of("q", "PHẠM Minh Chính", "size", 200));

        assertThat(plain.getInt("totalItems")).isPositive().isEqualTo(written.getInt("totalItems"));
        List<List<String>> names = plain.getList("items.participants.name");
        assertThat(names).allSatisfy(people -> assertThat(people).contains("Phạm Minh Chính"));
    }

    @Test
    void textSearchFindsAnAliasOfAParticipant() {
        List<List<String>> names = list(Map.of("q", "xi jinping", "size", 200)).getList("items.participants.name");

        assertThat(names).isNotEmpty().allSatisfy(people -> assertThat(people).contains("Tập Cận Bình"));
    }

    @Test
    void typeIsRepeatableAndAnyOfThemMatches() {
        List<String> types = list(Map.of("type", List.of("TALKS", "RECEPTION"), "size", 200)).getList("items.type");

        assertThat(types).contains("TALKS", "RECEPTION").containsOnly("TALKS", "RECEPTION");
    }

    @Test
    void guestAndHostFiltersKeepTheDirection() {
        List<Map<String, Object>> visits = list(Map.of("guestCountry", "US", "hostCountry", "VN", "category", "TRIP",
                "size", 200)).getList("items");

        assertThat(visits).isNotEmpty().allSatisfy(v -> assertThat(v).containsEntry("guestCountry", "US")
                .containsEntry("hostCountry", "VN").containsEntry("category", "TRIP"));
        assertThat(visits).anySatisfy(v -> assertThat(v).containsEntry("type", "STATE_VISIT")
                .containsEntry("start", date(2023, 9, null)));
    }

    @Test
    void statusFilterKeepsAnnouncedVisits() {
        List<String> statuses = list(Map.of("status", "PLANNED", "size", 200)).getList("items.status");

        assertThat(statuses).isNotEmpty().containsOnly("PLANNED");
    }

    @Test
    void dateRangeKeepsRecordsThatCanFallInItAndLeavesOutUnknownYears() {
        List<Map<String, Map<String, Integer>>> visits = list(Map.of("from", "2023-09-15", "to", "2023-09-20",
                "size", 200)).getList("items");

        assertThat(visits).isNotEmpty().allSatisfy(v -> {
            assertThat(v.get("start").get("year")).isEqualTo(2023);
            assertThat(v.get("start").get("month")).isIn(9, null);
        });
        assertThat(list(Map.of("guestCountry", "US", "from", "2023-09-15", "to", "2023-09-20")).getList("items.type",
                String.class)).contains("STATE_VISIT");
    }

    @Test
    void dateRangeAfterEveryRecordIsEmpty() {
        assertThat(list(Map.of("from", LocalDate.of(2100, 1, 1).toString())).getInt("totalItems")).isZero();
    }

    @Test
    void participantFilterKeepsTheirVisits() {
        String xi = participantId("xi jinping");

        List<List<String>> ids = list(Map.of("participant", xi, "size", 200)).getList("items.participants.id");

        assertThat(ids).hasSizeGreaterThanOrEqualTo(3).allSatisfy(people -> assertThat(people).contains(xi));
    }

    @Test
    void pagesLinkToTheNextAndPreviousWithTheSameFilters() {
        Response first = page(0);
        Response middle = page(1);
        int lastPage = first.jsonPath().getInt("totalPages") - 1;
        Response last = page(lastPage);

        assertThat(first.jsonPath().getInt("totalPages")).isGreaterThan(2);
        assertThat(first.header("Link")).contains("page=1", "rel=\"next\"", "country=CN").doesNotContain("prev");
        assertThat(middle.header("Link")).contains("page=2>; rel=\"next\"", "page=0>; rel=\"prev\"");
        assertThat(last.header("Link")).contains("rel=\"prev\"").doesNotContain("next");
        assertThat(first.jsonPath().getList("items")).hasSize(3);
        assertThat(first.jsonPath().getList("items.id", String.class))
                .doesNotContainAnyElementsOf(middle.jsonPath().getList("items.id", String.class));
    }

    @Test
    void pagePastTheLastIsEmpty() {
        JsonPath reply = list(Map.of("page", 1000));

        assertThat(reply.getList("items")).isEmpty();
        assertThat(reply.getInt("totalItems")).isPositive();
    }

    @Test
    void engagementShowsTheTripItBelongsToAndTheTripItsEngagements() {
        String talks = list(Map.of("country", "CN", "type", "TALKS", "from", "2017-01-01", "to", "2017-01-31"))
                .getString("items[0].id");

        JsonPath engagement = detail(talks);
        String trip = engagement.getString("trip.id");

        assertThat(engagement.getString("trip.type")).isEqualTo("OFFICIAL_VISIT");
        assertThat(engagement.getMap("trip.start")).isEqualTo(date(2017, 1, null));
        assertThat(detail(trip).getList("engagements.id", String.class)).contains(talks);
        assertThat(detail(trip).getString("trip")).isNull();
    }

    @Test
    void tripListsTheAgreementsMadeDuringIt() {
        String beijing = list(Map.of("country", "CN", "sort", "startDate")).getString("items[0].id");

        List<String> titles = detail(beijing).getList("agreements.title", String.class);

        assertThat(titles).contains("Tuyên bố chung");
    }

    @Test
    void sourcesPointIntoTheStoredDocument() throws Exception {
        String beijing = list(Map.of("country", "CN", "sort", "startDate")).getString("items[0].id");
        JsonPath visit = detail(beijing);
        String document = visit.getString("sources[0].document");
        String text = given().when().get("/api/v1/documents/{id}", document).then().statusCode(200)
                .extract().path("text");

        String sentence = text.substring(visit.getInt("sources[0].start"), visit.getInt("sources[0].end"));

        assertThat(sentence).isEqualTo(visit.getString("sources[0].sentence")).contains("Bắc Kinh");
        String seed = Files.readString(Path.of("seeds", "001_59414898f73a61e3.txt"), StandardCharsets.UTF_8);
        assertThat(Normalizer.normalize(seed, Normalizer.Form.NFC)).contains(sentence);
    }

    @Test
    void unknownVisitIsProblem404() {
        given().filter(Contract.EXCHANGE).when().get("/api/v1/visits/{id}", "0000000000000000")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No visit with id 0000000000000000"));
    }

    /** A date as the JSON gives it, unknown parts null. */
    static Map<String, Integer> date(Integer year, Integer month, Integer day) {
        Map<String, Integer> date = new HashMap<>();
        date.put("year", year);
        date.put("month", month);
        date.put("day", day);
        return date;
    }

    static JsonPath list(Map<String, ?> query) {
        return given().filter(Contract.EXCHANGE).queryParams(query)
                .when().get("/api/v1/visits")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath detail(String id) {
        return given().filter(Contract.EXCHANGE).when().get("/api/v1/visits/{id}", id)
                .then().statusCode(200).body("id", equalTo(id)).extract().jsonPath();
    }

    private static Response page(int page) {
        return given().filter(Contract.EXCHANGE).queryParam("country", "CN").queryParam("size", 3)
                .queryParam("page", page)
                .when().get("/api/v1/visits")
                .then().statusCode(200).extract().response();
    }

    static String participantId(String query) {
        return given().filter(Contract.EXCHANGE).queryParam("q", query)
                .when().get("/api/v1/participants")
                .then().statusCode(200).body("totalItems", equalTo(1)).extract().path("items[0].id");
    }
}
