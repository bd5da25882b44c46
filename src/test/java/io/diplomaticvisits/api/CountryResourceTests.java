package io.diplomaticvisits.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CountryResourceTests {

    @Test
    void everyCountryThatAppearsIsListedWithNamesCountsAndLevel() {
        JsonPath reply = given().filter(Contract.EXCHANGE).queryParam("size", 200)
                .when().get("/api/v1/countries")
                .then().statusCode(200).extract().jsonPath();

        assertThat(reply.getList("items.code", String.class)).contains("CN", "US", "RU", "MZ", "VN").isSorted();
        Map<String, Object> china = reply.getMap("items.find { it.code == 'CN' }");
        assertThat(china).containsEntry("nameEn", "China").containsEntry("nameVi", "Trung Quốc")
                .containsEntry("partnershipLevel", "COMPREHENSIVE_STRATEGIC_PARTNERSHIP");
        assertThat((Integer) china.get("visitsAsGuest")).isPositive();
        assertThat((Integer) china.get("visitsAsHost")).isPositive();
        assertThat((Integer) china.get("visits")).isGreaterThanOrEqualTo(
                (Integer) china.get("visitsAsGuest") + (Integer) china.get("visitsAsHost"));
    }

    @Test
    void chinaSummaryCountsVisitsByTypeAndYearAndNamesItsPeopleAndAgreements() {
        JsonPath china = given().filter(Contract.EXCHANGE).when().get("/api/v1/countries/{code}", "CN")
                .then().statusCode(200).extract().jsonPath();

        Map<String, Integer> byType = china.getMap("visitsByType");
        Map<String, Integer> byYear = china.getMap("visitsByYear");
        int visits = china.getInt("visits");
        assertThat(byType.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(visits);
        assertThat(byYear.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(visits);
        assertThat(byType).containsKeys("OFFICIAL_VISIT", "TALKS");
        assertThat(byYear).containsKeys("2011", "2017", "2023");
        assertThat(china.getString("lastVisitAsGuest.guestCountry")).isEqualTo("CN");
        assertThat(china.getString("lastVisitAsGuest.category")).isEqualTo("TRIP");
        assertThat(china.getInt("lastVisitAsGuest.start.year")).isEqualTo(2023);
        assertThat(china.getString("lastVisitAsHost.hostCountry")).isEqualTo("CN");
        assertThat(china.getList("frequentParticipants.name", String.class))
                .startsWith("Nguyễn Phú Trọng").contains("Tập Cận Bình");
        assertThat(china.getString("partnershipLevel")).isEqualTo("COMPREHENSIVE_STRATEGIC_PARTNERSHIP");
        List<String> agreementTypes = china.getList("agreements.type", String.class);
        assertThat(agreementTypes).contains("JOINT_STATEMENT", "AGREEMENT");
    }

    @Test
    void knownCountryWithoutRecordsIsProblem404() {
        given().filter(Contract.EXCHANGE).when().get("/api/v1/countries/{code}", "BR")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
