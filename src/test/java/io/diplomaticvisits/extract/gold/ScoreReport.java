package io.diplomaticvisits.extract.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeSet;

import static io.diplomaticvisits.extract.gold.PythonValues.get;
import static io.diplomaticvisits.extract.gold.PythonText.fixed3;
import static io.diplomaticvisits.extract.gold.PythonText.padLeft;
import static io.diplomaticvisits.extract.gold.PythonText.round3;

/**
 * The figures of one scoring, unrounded; {@link #table()}, {@link #verboseTable()} and {@link #toJson()} print them
 * as score.py does (plain, {@code --verbose}, {@code --json}), rounded to 3 decimals.
 */
public final class ScoreReport {

    /** Field accuracies are averages over the matched, non-optional pairs, by field name. */
    public record KindScore(RecordKind kind, int gold, int pred, int tp, double precision, double recall, double f1,
                            SortedMap<String, Double> fieldAccuracy) {
        public KindScore {
            fieldAccuracy = Collections.unmodifiableSortedMap(fieldAccuracy);
        }
    }

    public record Overall(double precision, double recall, double f1) {
    }

    public enum Mark { MISMATCH, MISSED, EXTRA }

    /** A gold record matched with disagreeing fields, a gold record missed, or a predicted record left over. */
    public record Detail(Mark mark, String document, RecordKind kind, JsonNode record, List<FieldCheck> failedFields) {
        public Detail {
            failedFields = List.copyOf(failedFields);
        }

        /** The line score.py --verbose prints. */
        public String line() {
            String where = document + " " + kind.key() + ": " + describe(kind, record);
            return switch (mark) {
                case MISMATCH -> "  ~ " + where + "\n      got " + failedRepr();
                case MISSED -> "  - missed " + where;
                case EXTRA -> "  + extra  " + where;
            };
        }

        private String failedRepr() {
            List<String> parts = new ArrayList<>();
            failedFields.forEach(f -> parts.add(PythonText.repr(f.name()) + ": " + f.pythonRepr()));
            return "{" + String.join(", ", parts) + "}";
        }
    }

    private final List<KindScore> kinds;
    private final Overall overall;
    private final List<Detail> details;

    ScoreReport(List<KindScore> kinds, Overall overall, List<Detail> details) {
        this.kinds = List.copyOf(kinds);
        this.overall = overall;
        this.details = List.copyOf(details);
    }

    public List<KindScore> kinds() {
        return kinds;
    }

    public KindScore kind(RecordKind kind) {
        return kinds.stream().filter(k -> k.kind() == kind).findFirst().orElseThrow();
    }

    public Overall overall() {
        return overall;
    }

    /** Mismatches, misses and extras in score.py's order: per document, per kind. */
    public List<Detail> details() {
        return details;
    }

    /** score.py's plain output, one {@code \n} after each line. */
    public String table() {
        return render(false);
    }

    /** score.py --verbose: the table with a line per mismatch, miss and extra. */
    public String verboseTable() {
        return render(true);
    }

    /** score.py --json: the same keys and the same rounded numbers. */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (KindScore k : kinds) {
            ObjectNode node = root.putObject(k.kind().key());
            node.put("gold", k.gold()).put("pred", k.pred()).put("tp", k.tp()).put("precision", round3(k.precision()))
                    .put("recall", round3(k.recall())).put("f1", round3(k.f1()));
            ObjectNode fields = node.putObject("fields");
            k.fieldAccuracy().forEach((name, accuracy) -> fields.put(name, round3(accuracy)));
        }
        root.putObject("overall").put("precision", round3(overall.precision())).put("recall", round3(overall.recall()))
                .put("f1", round3(overall.f1()));
        return root;
    }

    @Override
    public String toString() {
        return table();
    }

    private String render(boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-13s %5s %5s %5s %6s %6s %6s  %s", "kind", "gold", "pred", "tp",
                "P", "R", "F1", "field accuracy on matches")).append('\n');
        for (KindScore k : kinds) {
            out.append(String.format(Locale.ROOT, "%-13s %5d %5d %5d %s %s %s  %s", k.kind().key(), k.gold(), k.pred(),
                    k.tp(), rate(k.precision()), rate(k.recall()), rate(k.f1()), fieldsRepr(k))).append('\n');
        }
        if (verbose && !details.isEmpty()) {
            details.forEach(d -> out.append(d.line()).append('\n'));
        }
        out.append("overall precision ").append(fixed3(overall.precision())).append(" recall ")
                .append(fixed3(overall.recall())).append(" F1 ").append(fixed3(overall.f1())).append('\n');
        return out.toString();
    }

    private static String rate(double value) {
        return padLeft(fixed3(round3(value)), 6);
    }

    private static String fieldsRepr(KindScore k) {
        List<String> parts = new ArrayList<>();
        k.fieldAccuracy().forEach((name, accuracy) ->
                parts.add(PythonText.repr(name) + ": " + PythonText.repr(round3(accuracy))));
        return "{" + String.join(", ", parts) + "}";
    }

    /** score.py's describe(): the record's key fields on one line. */
    static String describe(RecordKind kind, JsonNode r) {
        return switch (kind) {
            case VISITS -> String.join(" ", PythonText.str(get(r, "type")), sortedCodes(r, "countries"),
                    PythonText.str(get(r, "guestCountry")) + "->" + PythonText.str(get(r, "hostCountry")),
                    PythonText.dumps(get(r, "start")), firstCodePoints(evidence(r), 70));
            case PARTICIPANTS -> PythonText.str(get(r, "name")) + " (" + PythonText.str(get(r, "country")) + ") "
                    + PythonText.str(get(r, "titles"));
            case PARTNERSHIPS -> sortedCodes(r, "countries") + " " + PythonText.str(get(r, "level")) + " since "
                    + PythonText.dumps(get(r, "since"));
            case AGREEMENTS -> String.join(" ", PythonText.str(get(r, "type")), sortedCodes(r, "parties"),
                    PythonText.dumps(get(r, "date")), PythonText.str(get(r, "title")));
        };
    }

    private static String sortedCodes(JsonNode r, String field) {
        return PythonText.reprList(new TreeSet<>(GoldRules.codes(get(r, field))));
    }

    private static String evidence(JsonNode r) {
        return PythonValues.textOrEmpty(get(r, "evidence"));
    }

    private static String firstCodePoints(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }
}
