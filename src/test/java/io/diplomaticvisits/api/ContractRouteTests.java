package io.diplomaticvisits.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.diplomaticvisits.Contract;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** /q/openapi serves the root openapi.yaml: as its own bytes, or as the same document in JSON. */
@QuarkusTest
class ContractRouteTests {

    @Test
    void yamlIsTheRootFileByteForByte() throws Exception {
        byte[] served = given().when().get("/q/openapi")
                .then().statusCode(200).contentType(startsWith("application/yaml"))
                .extract().asByteArray();

        assertThat(served).isEqualTo(Files.readAllBytes(Contract.FILE));
    }

    @Test
    void jsonIsTheSameDocumentByQueryAcceptHeaderOrSuffix() throws Exception {
        JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(Contract.FILE.toFile());
        String byQuery = given().queryParam("format", "JSON").when().get("/q/openapi")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString();
        String byAccept = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString();
        String bySuffix = given().when().get("/q/openapi.json")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString();

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(byQuery)).isEqualTo(file);
        assertThat(json.readTree(byAccept)).isEqualTo(file);
        assertThat(json.readTree(bySuffix)).isEqualTo(file);
    }

    @Test
    void yamlIsChosenByQueryOverAnAcceptHeaderAndBySuffix() throws Exception {
        String file = Files.readString(Contract.FILE);
        given().accept("application/json").queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).contentType(startsWith("application/yaml")).body(equalTo(file));
        given().when().get("/q/openapi.yaml")
                .then().statusCode(200).contentType(startsWith("application/yaml")).body(equalTo(file));
    }

    @Test
    void anUnknownFormatIsAProblem() {
        given().queryParam("format", "xml").when().get("/q/openapi")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("detail", containsString("json or yaml"));
    }

    @Test
    void headTellsTheLengthOfTheFile() throws Exception {
        given().when().head("/q/openapi")
                .then().statusCode(200).contentType(startsWith("application/yaml"))
                .header("Content-Length", equalTo(Long.toString(Files.size(Contract.FILE))));
    }

    @Test
    void swaggerUiReadsTheServedContract() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("'/q/openapi'"));
    }
}
