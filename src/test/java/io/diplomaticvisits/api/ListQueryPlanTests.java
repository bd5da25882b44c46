package io.diplomaticvisits.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.diplomaticvisits.domain.RecordedSql;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.diplomaticvisits.NoResponseCache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every list filter is served by an index: each SELECT that a filtered list request runs is explained by H2, and no
 * plan may read a whole table ({@code tableScan}). The statements are the ones Hibernate really sent, recorded as
 * they went out; their parameters are left unset, which H2 plans without.
 */
@QuarkusTest
@TestProfile(NoResponseCache.class)
class ListQueryPlanTests {

    @Inject
    @PersistenceUnitExtension("h2")
    RecordedSql recorded;

    @Inject
    @io.quarkus.agroal.DataSource("h2")
    AgroalDataSource h2;

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/v1/visits?country=CN",
        "/api/v1/visits?guestCountry=CN",
        "/api/v1/visits?hostCountry=VN",
        "/api/v1/visits?type=STATE_VISIT",
        "/api/v1/visits?type=STATE_VISIT&type=TALKS",
        "/api/v1/visits?category=TRIP",
        "/api/v1/visits?status=PLANNED",
        "/api/v1/visits?from=2024-01-01",
        "/api/v1/visits?to=2010-12-31",
        "/api/v1/visits?q=pham minh",
        "/api/v1/participants?country=US",
        "/api/v1/participants?rank=HEAD_OF_STATE",
        "/api/v1/participants?q=nguyen",
        "/api/v1/agreements?country=CN",
        "/api/v1/agreements?type=JOINT_STATEMENT",
        "/api/v1/agreements?from=2024-01-01",
        "/api/v1/agreements?to=2020-12-31",
        "/api/v1/partnerships?country=CN",
        "/api/v1/partnerships?level=COMPREHENSIVE_STRATEGIC_PARTNERSHIP",
        "/api/v1/countries/CN"
    })
    void noStatementOfAFilteredListReadsAWholeTable(String list) throws SQLException {
        List<String> statements = statementsOf(list);
        assertThat(statements).as("statements of %s", list).isNotEmpty();

        for (String sql : statements) {
            assertThat(plan(sql)).as("plan of %s for %s", sql, list).doesNotContain("tableScan");
        }
    }

    @Test
    void theParticipantFilterIsServedByAnIndex() throws SQLException {
        String someone = given().queryParam("q", "pham minh chinh").get("/api/v1/participants").then().statusCode(200)
                .extract().jsonPath().getString("items[0].id");
        for (String sql : statementsOf("/api/v1/visits?participant=" + someone)) {
            assertThat(plan(sql)).as("plan of %s", sql).doesNotContain("tableScan");
        }
    }

    @Test
    void theRelationsOfAVisitAndAnAgreementAreServedByIndexes() throws SQLException {
        String trip = given().get("/api/v1/visits?category=TRIP&country=CN&size=1").then().statusCode(200)
                .extract().jsonPath().getString("items[0].id");
        String agreement = given().get("/api/v1/agreements?country=CN&size=1").then().statusCode(200)
                .extract().jsonPath().getString("items[0].id");
        for (String detail : List.of("/api/v1/visits/" + trip, "/api/v1/agreements/" + agreement)) {
            for (String sql : statementsOf(detail)) {
                assertThat(plan(sql)).as("plan of %s for %s", sql, detail).doesNotContain("tableScan");
            }
        }
    }

    @Test
    void aQueryWithoutIndexIsSeenAsATableScan() throws SQLException {
        assertThat(plan("select v.id from visit v where v.location_city = ?")).contains("tableScan");
    }

    private List<String> statementsOf(String list) {
        recorded.start();
        List<String> sent;
        try {
            given().get(list).then().statusCode(200);
        } finally {
            sent = recorded.stop();
        }
        return sent.stream().filter(sql -> sql.stripLeading().toLowerCase().startsWith("select")).toList();
    }

    private String plan(String sql) throws SQLException {
        try (Connection c = h2.getConnection(); PreparedStatement explain = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
                explain.setObject(i, null);
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                return plan.getString(1);
            }
        }
    }
}
