package io.diplomaticvisits.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.NoResponseCache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No N+1 queries: the SQL statements a list request runs do not grow with the number of items on the page. Each list
 * is asked for one item and for a full page of the seeds' records, and both must take the same few statements.
 */
@QuarkusTest
@TestProfile(NoResponseCache.class)
class ListStatementCountTests {

    /** A page query, a count, and one batch per collection shown on the page; what a list may take at most. */
    private static final int MOST_STATEMENTS_PER_LIST = 8;

    @Inject
    Session session;

    private StatementCounter statements;

    @BeforeEach
    void countStatements() {
        statements = new StatementCounter(session);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/v1/visits",
        "/api/v1/visits?country=CN",
        "/api/v1/visits?q=hanoi",
        "/api/v1/participants",
        "/api/v1/participants?q=a",
        "/api/v1/participants?country=VN",
        "/api/v1/partnerships",
        "/api/v1/agreements",
        "/api/v1/documents",
        "/api/v1/countries"
    })
    void statementsDoNotGrowWithThePage(String list) {
        int items = itemsOn(list, QueryParams.MAX_SIZE);
        assertThat(items).as("the seeds give %s more than one item", list).isGreaterThan(1);

        long forOne = statementsOf(list, 1);
        long forAll = statementsOf(list, QueryParams.MAX_SIZE);

        assertThat(forAll).as("statements for %d items of %s", items, list).isEqualTo(forOne)
                .isLessThanOrEqualTo(MOST_STATEMENTS_PER_LIST);
    }

    @Test
    void theCounterSeesStatements() {
        assertThat(statementsOf("/api/v1/visits", 1)).isPositive();
    }

    private long statementsOf(String list, int size) {
        return statements.countWhile(() -> itemsOn(list, size));
    }

    private static int itemsOn(String list, int size) {
        String url = list + (list.contains("?") ? "&" : "?") + "size=" + size;
        return given().get(url).then().statusCode(200).extract().jsonPath().getList("items").size();
    }
}
