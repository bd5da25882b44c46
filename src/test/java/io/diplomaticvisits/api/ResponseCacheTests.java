package io.diplomaticvisits.api;

import static io.diplomaticvisits.api.DocumentWriteTests.writer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.Contract;
import io.diplomaticvisits.WritableStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A GET asked again before the store changes is answered from memory; after any write, from the store again. */
@QuarkusTest
@TestProfile(WritableStore.class)
class ResponseCacheTests {

    private static final String LIST = "/api/v1/documents?size=1";

    @Inject
    Session session;

    private StatementCounter statements;

    @BeforeEach
    void countStatements() {
        statements = new StatementCounter(session);
    }

    @Test
    void theSameRequestAgainReadsOnlyTheStoreGenerationAndGetsTheSameAnswer() {
        Response first = given().filter(Contract.EXCHANGE).get(LIST);
        Response[] again = new Response[1];

        long sent = statements.countWhile(() -> again[0] = given().filter(Contract.EXCHANGE).get(LIST));

        assertThat(sent).isEqualTo(1);
        assertThat(again[0].statusCode()).isEqualTo(200);
        assertThat(again[0].asString()).isEqualTo(first.asString());
        assertThat(again[0].header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again[0].headers().getValues("Link")).isEqualTo(first.headers().getValues("Link"));
    }

    @Test
    void anAnswerFromMemoryStillHonoursIfNoneMatch() {
        String tag = given().get(LIST).header("ETag");

        given().header("If-None-Match", tag).get(LIST).then().statusCode(304);
    }

    @Test
    void aWriteMakesTheNextAnswerComeFromTheStore() {
        long before = given().get(LIST).jsonPath().getLong("totalItems");
        given().get(LIST);

        writer().contentType("text/plain; charset=utf-8")
                .body("Chiều 3/2/2023, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội.")
                .post("/api/v1/documents").then().statusCode(201);

        assertThat(given().get(LIST).jsonPath().getLong("totalItems")).isEqualTo(before + 1);
    }
}
