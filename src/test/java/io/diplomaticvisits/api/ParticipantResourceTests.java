package io.diplomaticvisits.api;

import static io.diplomaticvisits.api.VisitResourceTests.date;
import static io.diplomaticvisits.api.VisitResourceTests.participantId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.diplomaticvisits.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantResourceTests {

    @Test
    void searchWithoutDiacriticsFindsTheVietnameseName() {
        JsonPath reply = list(Map.of("q", "pham minh chinh"));

        assertThat(reply.getList("items.name", String.class)).containsExactly("Phạm Minh Chính");
        assertThat(reply.getString("items[0].rank")).isEqualTo("HEAD_OF_GOVERNMENT");
        assertThat(reply.getList("items[0].titles", String.class)).contains("Prime Minister");
    }

    @Test
    void searchFindsAliases() {
        assertThat(list(Map.of("q", "Xi Jinping")).getList("items.name", String.class)).containsExactly("Tập Cận Bình");
    }

    @Test
    void vietnameseAndEnglishSpellingsAreOneParticipant() {
        JsonPath reply = list(Map.of("q", "to lam"));

        assertThat(reply.getList("items.name", String.class)).containsExactly("Tô Lâm");
        assertThat(reply.getList("items[0].aliases", String.class)).contains("To Lam");
        assertThat(reply.getInt("items[0].visitCount")).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theLongestWordOfTheSearchMustBeginAWord() {
        assertThat(list(Map.of("q", "chin")).getList("items.name", String.class)).contains("Phạm Minh Chính");
        assertThat(list(Map.of("q", "minh chinh")).getList("items.name", String.class)).contains("Phạm Minh Chính");
        assertThat(list(Map.of("q", "hinh")).getList("items.name", String.class)).doesNotContain("Phạm Minh Chính");
    }

    @Test
    void theSearchTextMustAppearAsTyped() {
        assertThat(list(Map.of("q", "chinh minh pham")).getList("items")).isEmpty();
    }

    @Test
    void aSearchWithoutLettersOrDigitsFindsNothing() {
        JsonPath reply = list(Map.of("q", "%_-"));

        assertThat(reply.getList("items")).isEmpty();
        assertThat(reply.getLong("totalItems")).isZero();
    }

    @Test
    void countryAndRankFiltersCombine() {
        List<Map<String, Object>> people = list(Map.of("country", "US", "rank", "HEAD_OF_STATE", "size", 200))
                .getList("items");

        assertThat(people).extracting(p -> p.get("name")).contains("Joe Biden", "Barack Obama", "Donald Trump")
                .doesNotContain("Janet Yellen");
        assertThat(people).allSatisfy(p -> assertThat(p).containsEntry("country", "US")
                .containsEntry("rank", "HEAD_OF_STATE"));
    }

    @Test
    void listIsInNameOrder() {
        List<String> names = list(Map.of("size", 200)).getList("items.name", String.class);

        assertThat(names).hasSizeGreaterThan(30).isSorted();
    }

    @Test
    void participantShowsVisitCountAndFirstAndLastSeen() {
        String trong = participantId("nguyen phu trong");

        JsonPath person = given().filter(Contract.EXCHANGE).when().get("/api/v1/participants/{id}", trong)
                .then().statusCode(200).extract().jsonPath();

        assertThat(person.getString("name")).isEqualTo("Nguyễn Phú Trọng");
        assertThat(person.getString("country")).isEqualTo("VN");
        assertThat(person.getList("titles", String.class))
                .contains("General Secretary of the Communist Party of Vietnam");
        assertThat(person.getInt("visitCount")).isGreaterThanOrEqualTo(15);
        assertThat(person.getMap("firstSeen")).isEqualTo(date(2011, 10, 11));
        assertThat(person.getInt("lastSeen.year")).isEqualTo(2023);
        assertThat(person.getList("sources")).isNotEmpty();
    }

    @Test
    void participantVisitsAreTheirsInDateOrder() {
        String trong = participantId("nguyen phu trong");

        JsonPath visits = given().filter(Contract.EXCHANGE).queryParam("size", 200)
                .when().get("/api/v1/participants/{id}/visits", trong)
                .then().statusCode(200).extract().jsonPath();
        int count = given().filter(Contract.EXCHANGE).when().get("/api/v1/participants/{id}", trong)
                .then().statusCode(200).extract().path("visitCount");

        assertThat(visits.getInt("totalItems")).isEqualTo(count);
        List<List<String>> ids = visits.getList("items.participants.id");
        assertThat(ids).allSatisfy(people -> assertThat(people).contains(trong));
        assertThat(visits.getInt("items[0].start.year")).isEqualTo(2011);
    }

    @Test
    void unknownParticipantIsProblem404() {
        given().filter(Contract.EXCHANGE).when().get("/api/v1/participants/{id}", "0000000000000000")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().filter(Contract.EXCHANGE).when().get("/api/v1/participants/{id}/visits", "0000000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static JsonPath list(Map<String, ?> query) {
        return given().filter(Contract.EXCHANGE).queryParams(query)
                .when().get("/api/v1/participants")
                .then().statusCode(200).extract().jsonPath();
    }
}
