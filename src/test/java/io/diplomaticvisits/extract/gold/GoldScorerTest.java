package io.diplomaticvisits.extract.gold;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GoldScorerTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

    @Test
    void goldScoredAgainstItselfIsPerfectForEveryKind() {
        GoldFile gold = GoldFile.seeds();
        ScoreReport report = GoldScorer.score(gold, gold);

        for (RecordKind kind : RecordKind.values()) {
            ScoreReport.KindScore k = report.kind(kind);
            assertThat(k.gold()).as(kind.key()).isPositive();
            assertThat(List.of(k.precision(), k.recall(), k.f1())).as(kind.key()).containsOnly(1.0);
            assertThat(k.fieldAccuracy().values()).as(kind.key()).containsOnly(1.0);
        }
        assertThat(report.overall()).isEqualTo(new ScoreReport.Overall(1.0, 1.0, 1.0));
        assertThat(report.details()).isEmpty();
    }

    @Test
    void foldDropsMarksAndCaseReadsEthAsDAndSqueezesHyphensAndSpaces() {
        assertThat(GoldRules.fold("  Ðinh Tiến-Dũng\u00a0 ĐẶNG ")).isEqualTo("dinh tien dung dang");
        assertThat(GoldRules.fold((String) null)).isEmpty();
    }

    @Test
    void goldDateWithNullDayMatchesAnyDayButNotAnotherMonth() {
        String gold = "{'visits': [" + visit("OFFICIAL_VISIT", "{'year': null, 'month': 7, 'day': null}") + "]}";

        assertThat(score(gold, "{'visits': [" + visit("OFFICIAL_VISIT", "{'year': 2024, 'month': 7, 'day': 25}") + "]}")
                .kind(RecordKind.VISITS).tp()).isEqualTo(1);
        assertThat(score(gold, "{'visits': [" + visit("OFFICIAL_VISIT", "{'year': 2024, 'month': 8, 'day': 25}") + "]}")
                .kind(RecordKind.VISITS).tp()).isZero();
        assertThat(GoldRules.datesAgree(json("{'year': 2024, 'month': null, 'day': null}"), json("{'year': 2024.0}"))).isTrue();
        assertThat(GoldRules.datesAgree(json("{'year': 2024}"), null)).isFalse();
    }

    @Test
    void visitOfAnotherCategoryDoesNotMatch() {
        ScoreReport report = score("{'visits': [" + visit("OFFICIAL_VISIT", "null") + "]}",
                "{'visits': [" + visit("MEETING", "null") + "]}");

        ScoreReport.KindScore visits = report.kind(RecordKind.VISITS);
        assertThat(List.of(visits.gold(), visits.pred(), visits.tp())).containsExactly(1, 1, 0);
        assertThat(GoldRules.category(json("{'type': 'state_visit'}"))).isEqualTo("TRIP");
        assertThat(GoldRules.category(json("{}"))).isEqualTo("ENGAGEMENT");
    }

    @Test
    void tripsOfAnotherTypeMatchWithTheTypeFieldWrong() {
        ScoreReport report = score("{'visits': [" + visit("OFFICIAL_VISIT", "null") + "]}",
                "{'visits': [" + visit("WORKING_VISIT", "null") + "]}");

        assertThat(report.kind(RecordKind.VISITS).tp()).isEqualTo(1);
        assertThat(report.kind(RecordKind.VISITS).fieldAccuracy()).containsEntry("type", 0.0).containsEntry("status", 1.0);
    }

    @Test
    void participantMatchesThroughAnAliasAfterFolding() {
        ScoreReport report = score(
                "{'participants': [{'name': 'Tập Cận Bình', 'aliases': ['Xi Jinping'], 'country': 'CN', 'titles': ['President']}]}",
                "{'participants': [{'name': ' XI-JINPING ', 'country': 'cn', 'titles': ['President of China']}]}");

        ScoreReport.KindScore participants = report.kind(RecordKind.PARTICIPANTS);
        assertThat(participants.tp()).isEqualTo(1);
        assertThat(participants.fieldAccuracy()).containsEntry("country", 1.0).containsEntry("title", 1.0);
    }

    @Test
    void visitParticipantsAreFoundThroughTheDocumentsParticipantList() {
        String gold = "{'participants': [{'name': 'Tập Cận Bình', 'aliases': ['Xi Jinping']}],"
                + " 'visits': [{'type': 'STATE_VISIT', 'countries': ['CN', 'VN'],"
                + " 'participants': [{'name': 'Tập Cận Bình'}, {'name': 'Tô Lâm'}]}]}";
        String pred = "{'visits': [{'type': 'STATE_VISIT', 'countries': ['VN', 'CN'], 'participants': [{'name': 'Xi Jinping'}]}]}";

        assertThat(score(gold, pred).kind(RecordKind.VISITS).fieldAccuracy()).containsEntry("participants", 0.5);
    }

    @Test
    void predictedVisitParticipantsAreFoundThroughThePredictionsParticipantList() {
        String gold = "{'visits': [{'type': 'TALKS', 'countries': ['CN', 'VN'], 'participants': [{'name': 'Tập Cận Bình'}]}]}";
        String pred = "{'participants': [{'name': 'Xi Jinping', 'aliases': ['Tap Can Binh']}],"
                + " 'visits': [{'type': 'TALKS', 'countries': ['VN', 'CN'], 'participants': [{'name': 'Xi Jinping'}]}]}";

        assertThat(score(gold, pred).kind(RecordKind.VISITS).fieldAccuracy()).containsEntry("participants", 1.0);
    }

    @Test
    void optionalGoldRecordIsNeitherRequiredNorPenalised() {
        String gold = "{'partnerships': [{'countries': ['VN', 'JP'], 'level': 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP'},"
                + " {'countries': ['VN', 'JP'], 'level': 'STRATEGIC_PARTNERSHIP', 'optional': true}]}";

        ScoreReport.KindScore without = score(gold, "{'partnerships': [{'countries': ['JP', 'VN'],"
                + " 'level': 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP'}]}").kind(RecordKind.PARTNERSHIPS);
        ScoreReport.KindScore with = score(gold, "{'partnerships': [{'countries': ['JP', 'VN'],"
                + " 'level': 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP'}, {'countries': ['JP', 'VN'], 'level': 'STRATEGIC_PARTNERSHIP'}]}")
                .kind(RecordKind.PARTNERSHIPS);

        assertThat(List.of(without.gold(), without.pred(), without.tp(), without.f1())).containsExactly(1, 1, 1, 1.0);
        assertThat(List.of(with.gold(), with.pred(), with.tp(), with.f1())).containsExactly(1, 1, 1, 1.0);
    }

    @Test
    void agreementMatchesOnlyWhenTheGoldDateAgrees() {
        String gold = "{'agreements': [{'type': 'MOU', 'parties': ['VN', 'AU'], 'date': {'year': 2024, 'month': 3, 'day': 7}},"
                + " {'type': 'AGREEMENT', 'parties': ['VN', 'AU'], 'date': null}]}";
        String pred = "{'agreements': [{'type': 'MOU', 'parties': ['AU', 'VN'], 'date': {'year': 2024, 'month': 3, 'day': 8}},"
                + " {'type': 'AGREEMENT', 'parties': ['AU', 'VN'], 'date': {'year': 2024, 'month': 3, 'day': 8}}]}";

        ScoreReport.KindScore agreements = score(gold, pred).kind(RecordKind.AGREEMENTS);
        assertThat(List.of(agreements.gold(), agreements.pred(), agreements.tp())).containsExactly(2, 2, 1);
    }

    @Test
    void agreementAmountAllowsAHalfUnitAndAMillionthButNotAnotherCurrency() {
        String gold = "{'agreements': [{'type': 'AID', 'parties': ['VN', 'KR'], 'value': {'amount': 400000000, 'currency': 'USD'}}]}";

        assertThat(amountAccuracy(gold, "{'amount': 400000399.0, 'currency': 'usd'}")).isEqualTo(1.0);
        assertThat(amountAccuracy(gold, "{'amount': 400000401, 'currency': 'USD'}")).isEqualTo(0.0);
        assertThat(amountAccuracy(gold, "{'amount': 400000000, 'currency': 'EUR'}")).isEqualTo(0.0);
        assertThat(amountAccuracy(gold, "null")).isEqualTo(0.0);
    }

    @Test
    void bestFieldAgreementIsMatchedFirstAndTiesGoToTheEarlierRecord() {
        String gold = "{'visits': [" + visit("MEETING", "null") + ", {'type': 'MEETING', 'countries': ['MY', 'VN'],"
                + " 'status': 'PLANNED'}]}";
        String pred = "{'visits': [{'type': 'MEETING', 'countries': ['VN', 'MY'], 'status': 'PLANNED'}, "
                + visit("MEETING", "null") + ", " + visit("MEETING", "null") + "]}";

        ScoreReport report = score(gold, pred);

        assertThat(report.kind(RecordKind.VISITS).fieldAccuracy()).containsEntry("status", 1.0);
        assertThat(report.details()).singleElement().satisfies(d -> {
            assertThat(d.mark()).isEqualTo(ScoreReport.Mark.EXTRA);
            assertThat(d.record()).isEqualTo(json("{'visits': [" + visit("MEETING", "null") + "]}").get("visits").get(0));
        });
        assertThat(report.details().get(0).line()).isEqualTo("  + extra  a.txt visits: MEETING ['MY', 'VN'] None->None null ");
    }

    @Test
    void emptyKindIsPerfectButAnEmptyOverallScoresZero() {
        ScoreReport report = score("{}", "{}");

        assertThat(report.kind(RecordKind.AGREEMENTS).f1()).isEqualTo(1.0);
        assertThat(report.overall()).isEqualTo(new ScoreReport.Overall(0.0, 0.0, 0.0));
        assertThat(score("{'partnerships': [{'countries': ['VN', 'LA'], 'level': 'SPECIAL_RELATIONSHIP'}]}", "{}")
                .kind(RecordKind.PARTNERSHIPS).precision()).isZero();
    }

    @Test
    void verboseTableListsMismatchesMissesAndExtrasUnderTheTable() {
        String gold = "{'participants': [{'name': 'Lê Minh Hưng', 'country': 'VN', 'titles': ['Governor of the State Bank']},"
                + " {'name': 'Sue Brown', 'country': 'AU', 'titles': []}]}";
        String pred = "{'participants': [{'name': 'Le Minh Hung', 'country': 'AU', 'titles': ['Governor']},"
                + " {'name': 'John Doe', 'country': 'US', 'titles': null}]}";

        assertThat(score(gold, pred).verboseTable()).isEqualTo("""
                kind           gold  pred    tp      P      R     F1  field accuracy on matches
                visits            0     0     0  1.000  1.000  1.000  {}
                participants      2     2     1  0.500  0.500  0.500  {'country': 0.0, 'title': 1.0}
                partnerships      0     0     0  1.000  1.000  1.000  {}
                agreements        0     0     0  1.000  1.000  1.000  {}
                  ~ a.txt participants: Lê Minh Hưng (VN) ['Governor of the State Bank']
                      got {'country': False}
                  - missed a.txt participants: Sue Brown (AU) []
                  + extra  a.txt participants: John Doe (US) None
                overall precision 0.500 recall 0.500 F1 0.500
                """);
    }

    @Test
    void figuresAndVerboseOutputEqualThoseOfScorePy() throws Exception {
        Path project = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        Path tool = Path.of(System.getProperty("score.py", project.resolve("../shared/tools/score.py").toString())).normalize();
        assumeTrue(Files.isRegularFile(tool), "score.py not found at " + tool);
        assumeTrue(python3Runs(), "python3 not available");

        GoldFile gold = GoldFile.seeds();
        ObjectNode predictions = perturbed(gold);
        Path predFile = project.resolve("target/gold-crosscheck/perturbed.pred.json");
        Files.createDirectories(predFile.getParent());
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(predFile.toFile(), predictions);
        Path goldFile = project.resolve("src/test/resources/gold/seeds.gold.json");

        ScoreReport report = GoldScorer.score(gold, GoldFile.of(predictions));
        String pythonJson = run("python3", tool.toString(), "--gold", goldFile.toString(), "--pred", predFile.toString(), "--json");
        String pythonVerbose = run("python3", tool.toString(), "--gold", goldFile.toString(), "--pred", predFile.toString(), "--verbose");

        assertThat(report.toJson()).isEqualTo(MAPPER.readTree(pythonJson));
        assertThat(report.verboseTable()).isEqualTo(pythonVerbose);
        assertThat(report.details()).extracting(ScoreReport.Detail::mark).contains(ScoreReport.Mark.values());
        assertThat(report.overall().f1()).isStrictlyBetween(0.3, 0.95);
    }

    /** The gold with records dropped, fields changed, keys broken and extras added, in a fixed pattern. */
    private static ObjectNode perturbed(GoldFile gold) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode documents = root.putArray("documents");
        int n = 0;
        for (JsonNode goldDocument : gold.documents()) {
            ObjectNode d = goldDocument.deepCopy();
            documents.add(d);
            for (RecordKind kind : RecordKind.values()) {
                ArrayNode records = d.withArray(kind.key());
                List<JsonNode> kept = new ArrayList<>();
                for (JsonNode record : records) {
                    ObjectNode r = (ObjectNode) record;
                    r.remove(List.of("optional", "note"));
                    int variant = n++ % 6;
                    if (variant == 0) {
                        continue;
                    }
                    if (variant == 1 || variant >= 4 && kind == RecordKind.AGREEMENTS) {
                        change(kind, r);
                    } else if (variant == 2) {
                        breakKey(kind, r);
                    } else if (variant == 3) {
                        kept.add(r.deepCopy());
                    }
                    kept.add(r);
                }
                records.removeAll().addAll(kept);
                records.add(extra(kind));
            }
        }
        documents.addObject().put("document", "not-in-gold.txt").putArray("visits").add(extra(RecordKind.VISITS));
        ((ObjectNode) documents.get(1)).remove("participants");
        return root;
    }

    private static void change(RecordKind kind, ObjectNode r) {
        switch (kind) {
            case VISITS -> {
                r.put("status", "PLANNED".equals(r.path("status").asText()) ? "HELD" : "PLANNED");
                r.put("guestCountry", r.path("hostCountry").asText(null));
                r.putObject("location").put("city", "Da Nang").put("countryCode", "VN");
                ArrayNode people = r.withArray("participants");
                if (people.size() > 0) {
                    people.remove(0);
                }
                r.putObject("end").put("year", 2031).put("month", 1).put("day", 2);
            }
            case PARTICIPANTS -> {
                JsonNode aliases = r.path("aliases");
                if (aliases.size() > 0) {
                    r.set("name", aliases.get(0));
                    r.putArray("aliases");
                } else {
                    r.put("name", r.path("name").asText().toUpperCase());
                }
                r.put("country", "ZZ");
                r.putArray("titles").add("Deputy Head");
            }
            case PARTNERSHIPS -> r.putObject("since").put("year", 1999);
            case AGREEMENTS -> {
                JsonNode amount = r.path("value").path("amount");
                r.putObject("value").put("amount", amount.isNumber() ? amount.asDouble() * 1.01 : 5e6).put("currency", "USD");
            }
        }
    }

    private static void breakKey(RecordKind kind, ObjectNode r) {
        switch (kind) {
            case VISITS -> r.put("type", GoldRules.category(r).equals("TRIP") ? "TALKS" : "VISIT");
            case PARTICIPANTS -> r.put("name", r.path("name").asText() + " Jr").putArray("aliases");
            case PARTNERSHIPS -> r.put("level", "OTHER");
            case AGREEMENTS -> r.putObject("date").put("year", 1990).put("month", 1).put("day", 1);
        }
    }

    private static JsonNode extra(RecordKind kind) {
        return json(switch (kind) {
            case VISITS -> "{'type': 'PHONE_CALL', 'countries': ['VN', 'FR'], 'guestCountry': null, 'hostCountry': null,"
                    + " 'start': {'year': 2025, 'month': 2, 'day': 3}, 'evidence': 'Điện đàm với Tổng thống Pháp'}";
            case PARTICIPANTS -> "{'name': 'Nguyễn Văn Khách', 'country': 'VN', 'titles': ['Ambassador']}";
            case PARTNERSHIPS -> "{'countries': ['VN', 'FR'], 'level': 'STRATEGIC_PARTNERSHIP', 'since': {'year': 2013}}";
            case AGREEMENTS -> "{'type': 'DEALS', 'parties': ['VN', 'FR'], 'title': 'Hợp đồng mua máy bay',"
                    + " 'value': {'amount': 1e10, 'currency': 'USD', 'qualifier': 'ABOUT'}}";
        });
    }

    private static boolean python3Runs() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("score.py finished").isTrue();
        assertThat(process.exitValue()).as("score.py exit code").isZero();
        return out;
    }

    private static double amountAccuracy(String gold, String predValue) {
        String pred = "{'agreements': [{'type': 'AID', 'parties': ['KR', 'VN'], 'value': " + predValue + "}]}";
        return score(gold, pred).kind(RecordKind.AGREEMENTS).fieldAccuracy().get("amount");
    }

    private static String visit(String type, String start) {
        return "{'type': '" + type + "', 'countries': ['VN', 'MY'], 'start': " + start + "}";
    }

    private static ScoreReport score(String goldDocument, String predictedDocument) {
        ObjectNode gold = (ObjectNode) json(goldDocument);
        gold.put("document", "a.txt");
        return GoldScorer.score(MAPPER.createArrayNode().add(gold), Map.of("a.txt", json(predictedDocument)));
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
