package io.diplomaticvisits.extract.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.diplomaticvisits.extract.gold.ScoreReport.Mark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static io.diplomaticvisits.extract.gold.PythonValues.get;
import static io.diplomaticvisits.extract.gold.PythonValues.list;
import static io.diplomaticvisits.extract.gold.PythonValues.truthy;

/**
 * Scores predictions against gold exactly as ../shared/tools/score.py does: per kind, a greedy one-to-one matching
 * of the pairs whose keys agree, best field agreement first, ties to the lowest gold then prediction index;
 * records marked {@code optional} are neither required nor counted against a prediction that has them.
 */
public final class GoldScorer {

    private static final JsonNode NO_PREDICTION = JsonNodeFactory.instance.objectNode();

    private GoldScorer() {
    }

    public static ScoreReport score(GoldFile gold, GoldFile predictions) {
        return score(gold.documents(), predictions.byDocument());
    }

    /**
     * @param goldDocuments         the gold file's {@code documents} list
     * @param predictionsByDocument prediction documents (same shape) by document name; a missing one predicts nothing,
     *                              predictions for documents not in the gold are ignored
     */
    public static ScoreReport score(JsonNode goldDocuments, Map<String, JsonNode> predictionsByDocument) {
        Map<RecordKind, Tally> totals = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            totals.put(kind, new Tally());
        }
        List<ScoreReport.Detail> details = new ArrayList<>();
        for (JsonNode d : list(goldDocuments)) {
            String document = d.path("document").asText();
            JsonNode p = predictionsByDocument.get(document);
            p = p == null ? NO_PREDICTION : p;
            List<Set<String>> goldPeople = GoldRules.namesOfAll(get(d, "participants"));
            List<Set<String>> predPeople = GoldRules.namesOfAll(get(p, "participants"));
            for (RecordKind kind : RecordKind.values()) {
                List<JsonNode> gAll = list(get(d, kind.key()));
                List<JsonNode> pAll = list(get(p, kind.key()));
                Matching matching = match(kind, gAll, pAll, goldPeople, predPeople);
                totals.get(kind).add(document, kind, gAll, pAll, matching, details);
            }
        }
        List<ScoreReport.KindScore> kinds = new ArrayList<>();
        int sumTp = 0;
        int sumGold = 0;
        int sumPred = 0;
        for (RecordKind kind : RecordKind.values()) {
            Tally t = totals.get(kind);
            double precision = t.pred != 0 ? (double) t.tp / t.pred : t.gold == 0 ? 1.0 : 0.0;
            double recall = t.gold != 0 ? (double) t.tp / t.gold : 1.0;
            kinds.add(new ScoreReport.KindScore(kind, t.gold, t.pred, t.tp, precision, recall, f1(precision, recall),
                    t.fieldAccuracy()));
            sumTp += t.tp;
            sumGold += t.gold;
            sumPred += t.pred;
        }
        // unlike a kind, overall has no "nothing to find" case: an empty side scores 0
        double precision = sumPred != 0 ? (double) sumTp / sumPred : 0.0;
        double recall = sumGold != 0 ? (double) sumTp / sumGold : 0.0;
        return new ScoreReport(kinds, new ScoreReport.Overall(precision, recall, f1(precision, recall)), details);
    }

    private static double f1(double precision, double recall) {
        return precision + recall != 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    }

    private static Matching match(RecordKind kind, List<JsonNode> gold, List<JsonNode> pred,
                                  List<Set<String>> goldPeople, List<Set<String>> predPeople) {
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int pi = 0; pi < pred.size(); pi++) {
                if (GoldRules.keyMatches(kind, gold.get(gi), pred.get(pi))) {
                    List<FieldCheck> fields =
                            GoldRules.fields(kind, gold.get(gi), pred.get(pi), goldPeople, predPeople);
                    double score = 0;
                    for (FieldCheck f : fields) {
                        score += f.score();
                    }
                    pairs.add(new Pair(score, gi, pi, fields));
                }
            }
        }
        pairs.sort((a, b) -> a.score != b.score ? (a.score > b.score ? -1 : 1)
                : a.gi != b.gi ? Integer.compare(a.gi, b.gi) : Integer.compare(a.pi, b.pi));
        boolean[] usedGold = new boolean[gold.size()];
        boolean[] usedPred = new boolean[pred.size()];
        List<Pair> matched = new ArrayList<>();
        for (Pair pair : pairs) {
            if (!usedGold[pair.gi] && !usedPred[pair.pi]) {
                usedGold[pair.gi] = true;
                usedPred[pair.pi] = true;
                matched.add(pair);
            }
        }
        return new Matching(matched, usedGold, usedPred);
    }

    private record Pair(double score, int gi, int pi, List<FieldCheck> fields) {
    }

    private record Matching(List<Pair> matched, boolean[] usedGold, boolean[] usedPred) {
    }

    private static final class Tally {
        int gold;
        int pred;
        int tp;
        final SortedMap<String, double[]> fields = new TreeMap<>();

        void add(String document, RecordKind kind, List<JsonNode> gAll, List<JsonNode> pAll, Matching m,
                 List<ScoreReport.Detail> details) {
            int optionalHits = 0;
            for (Pair pair : m.matched()) {
                if (optional(gAll.get(pair.gi))) {
                    optionalHits++;
                }
            }
            gold += (int) gAll.stream().filter(g -> !optional(g)).count();
            pred += pAll.size() - optionalHits;
            tp += m.matched().size() - optionalHits;
            for (Pair pair : m.matched()) {
                JsonNode g = gAll.get(pair.gi);
                if (optional(g)) {
                    continue;
                }
                for (FieldCheck f : pair.fields) {
                    double[] sum = fields.computeIfAbsent(f.name(), k -> new double[2]);
                    sum[0] += f.score();
                    sum[1] += 1;
                }
                List<FieldCheck> failed = pair.fields.stream().filter(f -> !f.full()).toList();
                if (!failed.isEmpty()) {
                    details.add(new ScoreReport.Detail(Mark.MISMATCH, document, kind, g, failed));
                }
            }
            for (int gi = 0; gi < gAll.size(); gi++) {
                if (!m.usedGold()[gi] && !optional(gAll.get(gi))) {
                    details.add(new ScoreReport.Detail(Mark.MISSED, document, kind, gAll.get(gi), List.of()));
                }
            }
            for (int pi = 0; pi < pAll.size(); pi++) {
                if (!m.usedPred()[pi]) {
                    details.add(new ScoreReport.Detail(Mark.EXTRA, document, kind, pAll.get(pi), List.of()));
                }
            }
        }

        SortedMap<String, Double> fieldAccuracy() {
            SortedMap<String, Double> out = new TreeMap<>();
            fields.forEach((name, sum) -> out.put(name, sum[0] / sum[1]));
            return out;
        }

        private static boolean optional(JsonNode record) {
            return truthy(get(record, "optional"));
        }
    }
}
