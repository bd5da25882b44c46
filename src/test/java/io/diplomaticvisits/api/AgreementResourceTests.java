package io.diplomaticvisits.api;

import static io.diplomaticvisits.api.VisitResourceTests.date;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgreementResourceTests {

    @Test
    void dealsSignedDuringTheUnitedStatesVisitOf2019CarryTheirValue() {
        JsonPath reply = list(Map.of("country", "US", "type", "DEALS", "from", "2019-01-01", "to", "2019-12-31"));

        assertThat(reply.getInt("totalItems")).isEqualTo(1);
        assertThat(reply.getList("items[0].parties", String.class)).containsExactly("US", "VN");
        assertThat(reply.getMap("items[0].date")).isEqualTo(date(2019, 2, null));
        assertThat(reply.getLong("items[0].value.amount")).isEqualTo(21_000_000_000L);
        assertThat(reply.getString("items[0].value.currency")).isEqualTo("USD");
        assertThat(reply.getString("items[0].value.qualifier")).isEqualTo("MORE_THAN");
    }

    @Test
    void agreementShowsItsSourcesAndTheVisitItWasMadeDuring() {
        String id = list(Map.of("country", "US", "type", "DEALS", "from", "2019-01-01", "to", "2019-12-31"))
                .getString("items[0].id");

        JsonPath agreement = given().filter(Contract.EXCHANGE).when().get("/api/v1/agreements/{id}", id)
                .then().statusCode(200).extract().jsonPath();

        assertThat(agreement.getList("sources.sentence", String.class))
                .anySatisfy(s -> assertThat(s).contains("21 tỷ USD"));
        assertThat(agreement.getList("visits.participants.name.flatten()", String.class)).contains("Donald Trump");
    }

    @Test
    void agreementsComeOldestFirstAndTheTypeFilterHolds() {
        List<Integer> years = list(Map.of("type", "JOINT_STATEMENT", "size", 200)).getList("items.date.year");

        assertThat(years).isNotEmpty().doesNotContainNull().isSorted().startsWith(2011);
    }

    @Test
    void unknownAgreementIsProblem404() {
        given().filter(Contract.EXCHANGE).when().get("/api/v1/agreements/{id}", "0000000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static JsonPath list(Map<String, ?> query) {
        return given().filter(Contract.EXCHANGE).queryParams(query)
                .when().get("/api/v1/agreements")
                .then().statusCode(200).extract().jsonPath();
    }
}
