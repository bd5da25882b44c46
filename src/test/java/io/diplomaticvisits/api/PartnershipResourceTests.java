package io.diplomaticvisits.api;

import static io.diplomaticvisits.api.VisitResourceTests.date;
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
class PartnershipResourceTests {

    @Test
    void historyWithTheUnitedStatesHasTheComprehensiveStrategicPartnershipOfSeptember2023() {
        JsonPath history = history("US");

        assertThat(history.getString("nameEn")).isEqualTo("United States");
        assertThat(history.getString("nameVi")).isEqualTo("Hoa Kỳ");
        assertThat(history.getString("currentLevel")).isEqualTo("COMPREHENSIVE_STRATEGIC_PARTNERSHIP");
        assertThat(history.getMap("currentSince")).isEqualTo(date(2023, 9, null));
        assertThat(history.getList("history.level", String.class)).containsExactly("COMPREHENSIVE_STRATEGIC_PARTNERSHIP");
        assertThat(history.getMap("history[0].since")).isEqualTo(date(2023, 9, null));
        assertThat(history.getList("history[0].sources.sentence", String.class))
                .anySatisfy(s -> assertThat(s).contains("xác lập quan hệ Đối tác Chiến lược Toàn diện"));
    }

    @Test
    void countryCodeIsReadInEitherCase() {
        assertThat(history("us").getString("country")).isEqualTo("US");
    }

    @Test
    void samePartnershipFromThreeDocumentsIsListedOnceWithTheirSources() {
        JsonPath reply = list(Map.of("country", "RU"));

        assertThat(reply.getList("items.level", String.class)).containsExactly("COMPREHENSIVE_STRATEGIC_PARTNERSHIP");
        assertThat(reply.getList("items[0].countries", String.class)).containsExactly("VN", "RU");
        assertThat(reply.getInt("items[0].sourceCount")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void levelFilterKeepsThatLevel() {
        List<String> countries = list(Map.of("level", "COMPREHENSIVE_STRATEGIC_PARTNERSHIP", "size", 200))
                .getList("items.country", String.class);

        assertThat(countries).contains("CN", "RU", "US").doesNotContain("MY", "HU").isSorted();
    }

    @Test
    void countryWithoutARecordedPartnershipIsProblem404() {
        given().filter(Contract.EXCHANGE).when().get("/api/v1/partnerships/{code}", "BR")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    private static JsonPath history(String code) {
        return given().filter(Contract.EXCHANGE).when().get("/api/v1/partnerships/{code}", code)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath list(Map<String, ?> query) {
        return given().filter(Contract.EXCHANGE).queryParams(query)
                .when().get("/api/v1/partnerships")
                .then().statusCode(200).extract().jsonPath();
    }
}
