package io.diplomaticvisits.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.diplomaticvisits.Contract;
import io.diplomaticvisits.WritableStore;
import io.diplomaticvisits.domain.Agreement;
import io.diplomaticvisits.domain.Participant;
import io.diplomaticvisits.domain.Partnership;
import io.diplomaticvisits.domain.Visit;
import io.diplomaticvisits.ingest.FaultyRecordMerger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * Sending and deleting documents over the API, on a store of its own. Every test tells events of its own (own
 * dates, own people), so that the tests do not merge into each other's records.
 */
@QuarkusTest
@TestProfile(WritableStore.class)
class DocumentWriteTests {

    static final String API_KEY = "test-api-key";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TEXT_UTF8 = "text/plain; charset=utf-8";

    @Inject
    FaultyRecordMerger merger;

    @Inject
    Session session;

    @TestHTTPResource("/api/v1/documents")
    URI documentsUri;

    // --- adding

    @Test
    void plainTextIsStoredWithItsRecordsAndTheYearOfPublication() {
        String text = "Chiều 25/7, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Peru tại Việt Nam "
                + "Lucas Ortega.";

        Response reply = checkedWriter().contentType(TEXT_UTF8).body(text)
                .queryParam("name", "peru-ambassador.txt")
                .queryParam("url", "https://example.org/news/peru-ambassador")
                .queryParam("publishedAt", "2019-07-26")
                .when().post("/api/v1/documents");

        reply.then().statusCode(201)
                .header("Location", endsWith("/api/v1/documents/" + idOf(text)))
                .body("id", equalTo(idOf(text)))
                .body("name", equalTo("peru-ambassador.txt"))
                .body("url", equalTo("https://example.org/news/peru-ambassador"))
                .body("publishedAt", equalTo("2019-07-26"))
                .body("language", equalTo("vi"))
                .body("text", equalTo(text));
        JsonPath visit = new JsonPath(reply.asString()).setRootPath("records.visits[0]");
        assertThat(visit.getString("type")).isEqualTo("RECEPTION");
        assertThat(visit.getInt("start.year")).isEqualTo(2019);
        assertThat(visit.getList("participants.name", String.class)).contains("Lucas Ortega");
        given().filter(Contract.EXCHANGE).when().get(reply.header("Location"))
                .then().statusCode(200).body("records.visits[0].id", equalTo(visit.getString("id")));
    }

    @Test
    void jsonBodyIsStoredLikePlainText() {
        String text = "On July 26, Prime Minister Pham Minh Chinh received Uruguayan Ambassador to Vietnam Tomas "
                + "Ferreyra in Hanoi.";

        checkedWriter().contentType("application/json")
                .body(Map.of("name", "uruguay-ambassador", "url", "https://example.org/uy", "publishedAt", "2018-07-27",
                        "text", text))
                .when().post("/api/v1/documents")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/documents/" + idOf(text)))
                .body("name", equalTo("uruguay-ambassador"))
                .body("publishedAt", equalTo("2018-07-27"))
                .body("language", equalTo("en"))
                .body("records.visits[0].start.year", equalTo(2018))
                .body("records.participants.name", hasItem("Tomas Ferreyra"));
    }

    @Test
    void documentWithoutNameIsNamedByItsId() {
        String text = "Ngày 3/2/2017, Phó Thủ tướng Trần Lưu Quang tiếp Đại sứ Bolivia tại Việt Nam Diego Mamani.";

        checkedWriter().contentType(TEXT_UTF8).body(text)
                .when().post("/api/v1/documents")
                .then().statusCode(201).body("name", equalTo(idOf(text))).body("url", equalTo(null));
    }

    @Test
    void sameTextAgainAnswers200WithTheStoredDocumentAndCreatesNothing() {
        String text = "Ngày 4/5/2016, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Ecuador Pablo Mena tại Hà Nội.";
        checkedWriter().contentType(TEXT_UTF8).body(text).queryParam("name", "first.txt")
                .when().post("/api/v1/documents").then().statusCode(201);
        Map<String, Integer> before = totals();

        checkedWriter().contentType("application/json").body(Map.of("name", "second.txt", "text", text))
                .when().post("/api/v1/documents")
                .then().statusCode(200)
                .header("Content-Location", endsWith("/api/v1/documents/" + idOf(text)))
                .body("id", equalTo(idOf(text)))
                .body("name", equalTo("first.txt"));

        assertThat(totals()).isEqualTo(before);
    }

    @Test
    void identicalRequestsAtTheSameTimeStoreOneDocument() throws Exception {
        String text = "Ngày 6/7/2015, Thủ tướng Phạm Minh Chính tiếp Đại sứ Paraguay tại Việt Nam Hugo Benítez.";
        Map<String, Integer> before = totals();

        List<HttpResponse<String>> replies = atTheSameTime(List.of(text, text, text, text, text, text, text, text));

        assertThat(replies).extracting(HttpResponse::statusCode).containsOnly(201, 200)
                .filteredOn(status -> status == 201).hasSize(1);
        assertThat(replies).allSatisfy(r -> assertThat(new JsonPath(r.body()).getString("id")).isEqualTo(idOf(text)));
        Map<String, Integer> after = totals();
        assertThat(after.get("documents")).isEqualTo(before.get("documents") + 1);
        JsonPath stored = document(idOf(text));
        assertThat(stored.getList("records.visits.sourceCount", Integer.class)).containsOnly(1);
        assertThat(stored.getList("records.participants.name", String.class)).containsOnlyOnce("Hugo Benítez");
    }

    @Test
    void documentsTellingOneEventAtTheSameTimeMergeIntoOneRecord() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int day = 10; day < 13; day++) {
            texts.add("Ngày " + day + "/9/2014, Thủ tướng Phạm Minh Chính tiếp Đại sứ Panama tại Việt Nam Luis Ardila"
                    + " tại Hà Nội.");
            texts.add("On September " + day + ", 2014, Prime Minister Pham Minh Chinh received Panamanian Ambassador to"
                    + " Vietnam Luis Ardila in Hanoi.");
        }

        List<HttpResponse<String>> replies = atTheSameTime(texts);

        assertThat(replies).extracting(HttpResponse::statusCode).containsOnly(201);
        for (int pair = 0; pair < texts.size(); pair += 2) {
            String vietnamese = visitOf(idOf(texts.get(pair)));
            String english = visitOf(idOf(texts.get(pair + 1)));
            assertThat(english).isEqualTo(vietnamese);
            given().filter(Contract.EXCHANGE).when().get("/api/v1/visits/{id}", vietnamese)
                    .then().statusCode(200).body("sources.size()", equalTo(2));
        }
        given().filter(Contract.EXCHANGE).queryParam("q", "luis ardila").when().get("/api/v1/participants")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    // --- deleting

    @Test
    void deletingADocumentKeepsWhatOtherDocumentsTellAndRemovesTheRest() {
        String both = "Ngày 12/3/2013 tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Chile Mateo Rivas. "
                + "Hai nhà lãnh đạo nhất trí nâng cấp quan hệ Việt Nam - Chile lên Đối tác chiến lược toàn diện. "
                + "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký Bản ghi nhớ hợp tác giáo dục giữa Việt Nam và Chile.";
        String talksOnly = "On March 12, 2013 in Hanoi, Prime Minister Pham Minh Chinh held talks with Chilean President "
                + "Mateo Rivas.";
        JsonPath first = new JsonPath(add(both).asString());
        JsonPath second = new JsonPath(add(talksOnly).asString());
        String talks = first.getString("records.visits[0].id");
        String rivas = first.getString("records.participants.find { it.name == 'Mateo Rivas' }.id");
        String chinh = first.getString("records.participants.find { it.name == 'Phạm Minh Chính' }.id");
        String agreement = first.getString("records.agreements[0].id");
        assertThat(second.getString("records.visits[0].id")).isEqualTo(talks);
        assertThat(first.getList("records.partnerships.country", String.class)).containsExactly("CL");
        assertThat(agreement).isNotNull();

        delete(idOf(both)).then().statusCode(204);

        given().filter(Contract.EXCHANGE).when().get("/api/v1/documents/{id}", idOf(both)).then().statusCode(404);
        given().filter(Contract.EXCHANGE).when().get("/api/v1/visits/{id}", talks)
                .then().statusCode(200).body("sources.document", everyItem(equalTo(idOf(talksOnly))));
        given().filter(Contract.EXCHANGE).when().get("/api/v1/participants/{id}", rivas).then().statusCode(200);
        given().filter(Contract.EXCHANGE).when().get("/api/v1/agreements/{id}", agreement).then().statusCode(404);
        given().filter(Contract.EXCHANGE).queryParam("country", "CL").when().get("/api/v1/partnerships")
                .then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(sourcesFrom(idOf(both))).isZero();

        delete(idOf(talksOnly)).then().statusCode(204);

        given().filter(Contract.EXCHANGE).when().get("/api/v1/visits/{id}", talks).then().statusCode(404);
        given().filter(Contract.EXCHANGE).when().get("/api/v1/participants/{id}", rivas).then().statusCode(404);
        given().filter(Contract.EXCHANGE).when().get("/api/v1/participants/{id}", chinh).then().statusCode(200);
        assertThat(sourcesFrom(idOf(talksOnly))).isZero();
    }

    @Test
    void deletedTextCanBeSentAgain() {
        String text = "Ngày 8/8/2012, Chủ tịch nước Lương Cường tiếp Đại sứ Colombia tại Việt Nam Andrea Salas.";
        add(text).then().statusCode(201);
        delete(idOf(text)).then().statusCode(204);

        add(text).then().statusCode(201);
    }

    @Test
    void deletingAnUnknownDocumentIsProblem404() {
        delete("0000000000000000").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("instance", equalTo("/api/v1/documents/0000000000000000"));
    }

    // --- all or nothing

    @Test
    void failureHalfWayThroughTheMergeLeavesNothingOfTheDocument() {
        String text = "Ngày 9/10/2011 tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Jamaica Owen Clarke. "
                + "Hai bên đã ký Bản ghi nhớ hợp tác thể thao giữa Việt Nam và Jamaica.";
        Map<String, Integer> before = totals();
        merger.failNextMerge();

        writer().contentType(TEXT_UTF8).body(text).when().post("/api/v1/documents").then().statusCode(500).contentType(PROBLEM_JSON);

        assertThat(totals()).isEqualTo(before);
        given().filter(Contract.EXCHANGE).when().get("/api/v1/documents/{id}", idOf(text)).then().statusCode(404);
        given().filter(Contract.EXCHANGE).queryParam("q", "owen clarke").when().get("/api/v1/participants")
                .then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(sourcesFrom(idOf(text))).isZero();
        add(text).then().statusCode(201).body("records.participants.name", hasItem("Owen Clarke"));
    }

    // --- the API key

    @Test
    void writeWithoutTheKeyIsProblem401() {
        String text = "Ngày 1/1/2010, Thủ tướng tiếp Đại sứ Cuba.";

        given().filter(Contract.RESPONSE).contentType(TEXT_UTF8).body(text)
                .when().post("/api/v1/documents")
                .then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("X-API-Key"))
                .body("detail", containsString("X-API-Key"));
        given().filter(Contract.RESPONSE).when().delete("/api/v1/documents/{id}", idOf(text))
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().filter(Contract.EXCHANGE).when().get("/api/v1/documents/{id}", idOf(text)).then().statusCode(404);
    }

    @Test
    void writeWithAWrongKeyIsProblem401() {
        String text = "Ngày 2/1/2010, Thủ tướng tiếp Đại sứ Cuba.";

        for (String wrong : List.of("test-api-kez", "test-api-key2", "TEST-API-KEY", "x")) {
            given().filter(Contract.RESPONSE).header("X-API-Key", wrong).contentType(TEXT_UTF8).body(text)
                    .when().post("/api/v1/documents")
                    .then().statusCode(401).contentType(PROBLEM_JSON)
                    .body("detail", containsString("does not hold the API key"));
        }
        given().filter(Contract.EXCHANGE).when().get("/api/v1/documents/{id}", idOf(text)).then().statusCode(404);
    }

    @Test
    void readsAndExtractionNeedNoKey() {
        given().filter(Contract.EXCHANGE).when().get("/api/v1/documents").then().statusCode(200);
        given().filter(Contract.EXCHANGE).when().get("/api/v1/visits").then().statusCode(200);
        given().filter(Contract.EXCHANGE).contentType(TEXT_UTF8).body("Thủ tướng tiếp Đại sứ Cuba.")
                .when().post("/api/v1/extract").then().statusCode(200);
    }

    // --- bad input: a problem, never a 500, never a document

    @Test
    void bodyOverOneMebibyteIsProblem413() {
        byte[] body = new byte[(int) BodySizeLimit.MAX_BYTES + 1];
        Arrays.fill(body, (byte) 'a');

        rejected(writer().contentType(TEXT_UTF8).body(body), 413, "1048576 bytes");
    }

    @Test
    void bodyOverOneMebibyteWithoutContentLengthIsProblem413() throws Exception {
        byte[] body = new byte[(int) BodySizeLimit.MAX_BYTES + 1];
        Arrays.fill(body, (byte) 'a');
        int before = totals().get("documents");

        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(documentsUri)
                        .header("X-API-Key", API_KEY).header("Content-Type", TEXT_UTF8)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(413);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(totals().get("documents")).isEqualTo(before);
    }

    @Test
    void bodyThatIsNotUtf8IsProblem400() {
        byte[] latin1 = "Thủ tướng tiếp Đại sứ Pháp tại Hà Nội".getBytes(StandardCharsets.ISO_8859_1);
        byte[] windows1258 = {'H', (byte) 0xE0, ' ', 'N', (byte) 0xF4, 'i'};

        rejected(writer().contentType(TEXT_UTF8).body(latin1), 400, "not valid UTF-8");
        rejected(writer().contentType(TEXT_UTF8).body(windows1258), 400, "not valid UTF-8");
    }

    @Test
    void charsetOtherThanUtf8IsProblem415() {
        rejected(writer().contentType("text/plain; charset=ISO-8859-1").body("Ha Noi"), 415, "ISO-8859-1");
        rejected(writer().contentType("application/json; charset=UTF-16").body("{}"), 415, "UTF-16");
    }

    @Test
    void bodyOfAnotherMediaTypeIsProblem415() {
        rejected(writer().contentType("application/xml").body("<text>Hà Nội</text>"), 415, "");
    }

    @Test
    void emptyOrBlankTextIsProblem400() {
        rejected(writer().contentType(TEXT_UTF8).body(new byte[0]), 400, "empty");
        rejected(writer().contentType(TEXT_UTF8).body(" \n\t \u00A0\u200B\u3000 "), 400, "empty");
        rejected(writer().contentType("application/json").body(Map.of("text", "  ")), 400, "empty");
    }

    @Test
    void binaryFileIsProblem400() {
        byte[] withNul = "Thủ tướng\0\0\0 tiếp Đại sứ".getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = "Prime Minister Pham Minh Chinh received the Ambassador".getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16WithMark = "\uFEFFThủ tướng tiếp Đại sứ".getBytes(StandardCharsets.UTF_16LE);
        StringBuilder controls = new StringBuilder("Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.");
        for (int i = 0; i < 20; i++) {
            controls.append((char) (1 + i % 8)).append("xy");
        }

        rejected(writer().contentType(TEXT_UTF8).body(withNul), 400, "binary");
        rejected(writer().contentType(TEXT_UTF8).body(utf16), 400, "binary");
        rejected(writer().contentType(TEXT_UTF8).body(utf16WithMark), 400, "UTF-16");
        rejected(writer().contentType(TEXT_UTF8).body(controls.toString()), 400, "control characters");
        rejected(writer().contentType("application/json").body(Map.of("text", "abc\u0000def")), 400, "binary");
    }

    @Test
    void malformedFieldsAreProblem400NamingThem() {
        String text = "Ngày 5/5/2010, Thủ tướng tiếp Đại sứ Cuba.";

        rejectedField(writer().contentType(TEXT_UTF8).body(text).queryParam("publishedAt", "26/07/2024"),
                "publishedAt", "query");
        rejectedField(writer().contentType(TEXT_UTF8).body(text).queryParam("url", "example.org/news"), "url", "query");
        rejectedField(writer().contentType(TEXT_UTF8).body(text).queryParam("name", "n".repeat(513)), "name", "query");
        rejectedField(writer().contentType("application/json").body(Map.of("text", text, "publishedAt", "2024-13-01")),
                "publishedAt", "body");
        rejectedField(writer().contentType("application/json").body(Map.of("text", text, "url", "ftp://example.org")),
                "url", "body");
        rejectedField(writer().contentType("application/json").body(Map.of("text", text, "title", "x")), "title", "body");
        rejectedField(writer().contentType("application/json").body(Map.of("name", "no text")), "text", "body");
        rejectedField(writer().contentType("application/json").body(Map.of("text", text)).queryParam("name", "x"),
                "name", "query");
    }

    @Test
    void malformedJsonIsProblem400() {
        rejected(writer().contentType("application/json").body("{\"text\": \"Hà Nội\""), 400, "JSON");
        rejected(writer().contentType("application/json").body("[\"Hà Nội\"]"), 400, "JSON");
        rejected(writer().contentType("application/json").body("null"), 400, "JSON object");
        rejected(writer().contentType("application/json")
                .body("{\"text\":\"Hà Nội\"}".getBytes(StandardCharsets.ISO_8859_1)), 400, "not valid UTF-8");
    }

    // --- helpers

    /** A write request with the key, whose reply must fit the contract (the request may break it on purpose). */
    static RequestSpecification writer() {
        return given().filter(Contract.RESPONSE).header("X-API-Key", API_KEY);
    }

    /** A write request with the key, whose request and reply must both fit the contract. */
    static RequestSpecification checkedWriter() {
        return given().filter(Contract.EXCHANGE).header("X-API-Key", API_KEY);
    }

    private static Response add(String text) {
        return checkedWriter().contentType(TEXT_UTF8).body(text).when().post("/api/v1/documents");
    }

    private static Response delete(String id) {
        return checkedWriter().when().delete("/api/v1/documents/{id}", id);
    }

    /** The request fails with the status and a problem whose detail says so, and stores nothing. */
    private static void rejected(RequestSpecification request, int status, String detail) {
        Map<String, Integer> before = totals();

        request.when().post("/api/v1/documents")
                .then().statusCode(status).contentType(PROBLEM_JSON)
                .body("status", equalTo(status))
                .body("detail", containsString(detail));

        assertThat(totals()).isEqualTo(before);
    }

    private static void rejectedField(RequestSpecification request, String field, String in) {
        Map<String, Integer> before = totals();

        request.when().post("/api/v1/documents")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo(field))
                .body("violations[0].in", equalTo(in));

        assertThat(totals()).isEqualTo(before);
    }

    /** The number of documents and of records of each kind. */
    static Map<String, Integer> totals() {
        Map<String, Integer> totals = new TreeMap<>();
        for (String kind : List.of("documents", "visits", "participants", "partnerships", "agreements")) {
            totals.put(kind, given().queryParam("size", 1).when().get("/api/v1/" + kind)
                    .then().statusCode(200).extract().path("totalItems"));
        }
        return totals;
    }

    private static JsonPath document(String id) {
        return given().filter(Contract.EXCHANGE).when().get("/api/v1/documents/{id}", id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String visitOf(String documentId) {
        List<String> visits = document(documentId).getList("records.visits.id", String.class);
        assertThat(visits).hasSize(1);
        return visits.get(0);
    }

    /** How many sources of any stored record point into the document. */
    private long sourcesFrom(String documentId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long count = 0;
            for (Class<?> kind : List.of(Visit.class, Participant.class, Partnership.class, Agreement.class)) {
                count += session.createSelectionQuery("select count(*) from " + kind.getSimpleName()
                                + " r join r.sources s where s.documentId = :document", Long.class)
                        .setParameter("document", documentId).getSingleResult();
            }
            return count;
        });
    }

    /** Sends every text at once, each from a thread of its own, and waits for all the replies. */
    private List<HttpResponse<String>> atTheSameTime(List<String> texts) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(texts.size());
        try {
            List<Future<HttpResponse<String>>> replies = new ArrayList<>();
            for (String text : texts) {
                Callable<HttpResponse<String>> send = () -> {
                    start.await();
                    return client.send(HttpRequest.newBuilder(documentsUri)
                                    .header("X-API-Key", API_KEY).header("Content-Type", TEXT_UTF8)
                                    .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                };
                replies.add(threads.submit(send));
            }
            start.countDown();
            List<HttpResponse<String>> out = new ArrayList<>();
            for (Future<HttpResponse<String>> reply : replies) {
                out.add(reply.get(120, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            threads.shutdownNow();
        }
    }

    /** A document's id: the first 16 hex digits of the SHA-256 of its NFC text. */
    static String idOf(String text) {
        try {
            byte[] nfc = Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(nfc)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
