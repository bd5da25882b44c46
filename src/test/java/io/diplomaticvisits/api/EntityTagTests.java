package io.diplomaticvisits.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EntityTagTests {

    @Test
    void getReplyCarriesAStrongEntityTag() {
        String tag = get("/api/v1/visits?country=CN").header("ETag");

        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        assertThat(get("/api/v1/visits?country=CN").header("ETag")).isEqualTo(tag);
    }

    @Test
    void differentRepliesHaveDifferentTags() {
        assertThat(get("/api/v1/visits?country=CN").header("ETag"))
                .isNotEqualTo(get("/api/v1/visits?country=US").header("ETag"));
    }

    @Test
    void matchingIfNoneMatchIsNotModifiedWithoutBody() {
        String tag = get("/api/v1/countries/CN").header("ETag");

        Response again = given().filter(Contract.EXCHANGE).header("If-None-Match", tag)
                .when().get("/api/v1/countries/CN");

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body().asString()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(tag);
    }

    @Test
    void weakFormListsAndStarMatchToo() {
        String tag = get("/api/v1/partnerships/US").header("ETag");

        assertThat(status("W/" + tag)).isEqualTo(304);
        assertThat(status("\"other\", " + tag)).isEqualTo(304);
        assertThat(status("*")).isEqualTo(304);
    }

    @Test
    void staleTagGetsTheFullReply() {
        assertThat(status("\"00000000000000000000000000000000\"")).isEqualTo(200);
    }

    @Test
    void errorsCarryNoTag() {
        assertThat(given().when().get("/api/v1/visits/0000000000000000").header("ETag")).isNull();
    }

    private static Response get(String path) {
        Response response = given().filter(Contract.EXCHANGE).when().get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static int status(String ifNoneMatch) {
        return given().filter(Contract.EXCHANGE).header("If-None-Match", ifNoneMatch)
                .when().get("/api/v1/partnerships/US").statusCode();
    }
}
