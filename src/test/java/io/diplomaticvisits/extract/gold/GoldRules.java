package io.diplomaticvisits.extract.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.diplomaticvisits.extract.gold.PythonValues.equal;
import static io.diplomaticvisits.extract.gold.PythonValues.get;
import static io.diplomaticvisits.extract.gold.PythonValues.list;
import static io.diplomaticvisits.extract.gold.PythonValues.textOrEmpty;
import static io.diplomaticvisits.extract.gold.PythonValues.toFloat;
import static io.diplomaticvisits.extract.gold.PythonValues.truthy;

/** score.py's key rules (which pairs may match) and field rules (what is scored on a match), one per record kind. */
public final class GoldRules {

    private static final Set<String> TRIP_TYPES = Set.of("STATE_VISIT", "OFFICIAL_VISIT", "WORKING_VISIT", "VISIT");
    private static final List<String> DATE_PARTS = List.of("year", "month", "day");
    private static final JsonNode HELD = TextNode.valueOf("HELD");

    private GoldRules() {
    }

    /** Đ/đ/Ð/ð to d, marks stripped, lower case, "-" as a space, spaces squeezed; null is "". */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String replaced = s.replace('Đ', 'D').replace('đ', 'd').replace('Ð', 'D').replace('ð', 'd');
        StringBuilder unmarked = new StringBuilder(replaced.length());
        Normalizer.normalize(replaced, Normalizer.Form.NFD).codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(unmarked::appendCodePoint);
        return PythonText.squeezeSpaces(unmarked.toString().toLowerCase(Locale.ROOT).replace('-', ' '));
    }

    static String fold(JsonNode v) {
        return v == null || v.isNull() ? "" : fold(PythonText.str(v));
    }

    /** TRIP for the four trip types, ENGAGEMENT for anything else (including no type). */
    public static String category(JsonNode visit) {
        return TRIP_TYPES.contains(textOrEmpty(get(visit, "type")).toUpperCase(Locale.ROOT)) ? "TRIP" : "ENGAGEMENT";
    }

    /** Every part the gold date gives must be given, equal, by the prediction. */
    public static boolean datesAgree(JsonNode gold, JsonNode pred) {
        if (!truthy(gold)) {
            return true;
        }
        for (String part : DATE_PARTS) {
            JsonNode wanted = get(gold, part);
            if (wanted != null && !equal(get(pred, part), wanted)) {
                return false;
            }
        }
        return true;
    }

    static boolean keyMatches(RecordKind kind, JsonNode g, JsonNode p) {
        return switch (kind) {
            case VISITS -> codes(get(g, "countries")).equals(codes(get(p, "countries")))
                    && category(g).equals(category(p)) && datesAgree(get(g, "start"), get(p, "start"));
            case PARTICIPANTS -> intersects(namesOf(g), namesOf(p));
            case PARTNERSHIPS -> codes(get(g, "countries")).equals(codes(get(p, "countries")))
                    && equal(get(g, "level"), get(p, "level"));
            case AGREEMENTS -> codes(get(g, "parties")).equals(codes(get(p, "parties")))
                    && equal(get(g, "type"), get(p, "type")) && datesAgree(get(g, "date"), get(p, "date"));
        };
    }

    /**
     * The fields scored on a matched pair, in score.py's order (its sum breaks ties, and float sums depend on order).
     * {@code goldPeople} and {@code predPeople} are the name forms of each side's document participant list.
     */
    static List<FieldCheck> fields(RecordKind kind, JsonNode g, JsonNode p, List<Set<String>> goldPeople,
                                   List<Set<String>> predPeople) {
        return switch (kind) {
            case VISITS -> visitFields(g, p, goldPeople, predPeople);
            case PARTICIPANTS -> participantFields(g, p);
            case PARTNERSHIPS -> truthy(get(g, "since"))
                    ? List.of(FieldCheck.agrees("since", datesAgree(get(g, "since"), get(p, "since"))))
                    : List.of();
            case AGREEMENTS -> agreementFields(g, p);
        };
    }

    /** A person's name and aliases, folded; a missing name folds to "" and still counts. */
    static Set<String> namesOf(JsonNode person) {
        Set<String> names = new LinkedHashSet<>();
        names.add(fold(get(person, "name")));
        for (JsonNode alias : list(get(person, "aliases"))) {
            names.add(fold(alias));
        }
        return names;
    }

    static List<Set<String>> namesOfAll(JsonNode people) {
        List<Set<String>> out = new ArrayList<>();
        for (JsonNode person : list(people)) {
            out.add(namesOf(person));
        }
        return out;
    }

    private static List<FieldCheck> visitFields(JsonNode g, JsonNode p, List<Set<String>> goldPeople,
                                                List<Set<String>> predPeople) {
        List<FieldCheck> out = new ArrayList<>(6);
        out.add(FieldCheck.agrees("type", equal(get(g, "type"), get(p, "type"))));
        out.add(FieldCheck.agrees("status", equal(statusOf(g), statusOf(p))));
        out.add(FieldCheck.agrees("direction", equal(get(g, "guestCountry"), get(p, "guestCountry"))
                && equal(get(g, "hostCountry"), get(p, "hostCountry"))));
        out.add(FieldCheck.agrees("end", datesAgree(get(g, "end"), get(p, "end"))));
        JsonNode goldCity = get(orEmpty(get(g, "location")), "city");
        if (truthy(goldCity)) {
            out.add(FieldCheck.agrees("city", fold(goldCity).equals(fold(get(orEmpty(get(p, "location")), "city")))));
        }
        List<Set<String>> goldNames = new ArrayList<>();
        for (JsonNode x : list(get(g, "participants"))) {
            goldNames.add(nameForms(get(x, "name"), goldPeople));
        }
        if (!goldNames.isEmpty()) {
            Set<String> predNames = new HashSet<>();
            for (JsonNode x : list(get(p, "participants"))) {
                predNames.addAll(nameForms(get(x, "name"), predPeople));
            }
            long found = goldNames.stream().filter(forms -> intersects(forms, predNames)).count();
            out.add(FieldCheck.share("participants", (double) found / goldNames.size()));
        }
        return out;
    }

    /** A name with every alias that the document's participant list gives it. */
    private static Set<String> nameForms(JsonNode name, List<Set<String>> people) {
        String folded = fold(name);
        for (Set<String> forms : people) {
            if (forms.contains(folded)) {
                return forms;
            }
        }
        return Set.of(folded);
    }

    private static List<FieldCheck> participantFields(JsonNode g, JsonNode p) {
        List<FieldCheck> out = new ArrayList<>(2);
        out.add(FieldCheck.agrees("country", textOrEmpty(get(g, "country")).toUpperCase(Locale.ROOT)
                .equals(textOrEmpty(get(p, "country")).toUpperCase(Locale.ROOT))));
        List<String> goldTitles = foldAll(get(g, "titles"));
        if (!goldTitles.isEmpty()) {
            List<String> predTitles = foldAll(get(p, "titles"));
            boolean any = false;
            for (String a : goldTitles) {
                for (String b : predTitles) {
                    any |= !a.isEmpty() && !b.isEmpty() && (a.equals(b) || b.contains(a) || a.contains(b));
                }
            }
            out.add(FieldCheck.agrees("title", any));
        }
        return out;
    }

    private static List<FieldCheck> agreementFields(JsonNode g, JsonNode p) {
        JsonNode goldValue = orEmpty(get(g, "value"));
        JsonNode goldAmount = get(goldValue, "amount");
        if (goldAmount == null) {
            return List.of();
        }
        JsonNode predValue = orEmpty(get(p, "value"));
        JsonNode predAmount = get(predValue, "amount");
        double wanted = toFloat(goldAmount);
        boolean agrees = predAmount != null && Math.abs(toFloat(predAmount) - wanted) < 1e-6 * wanted + 0.5
                && textOrEmpty(get(predValue, "currency")).toUpperCase(Locale.ROOT)
                .equals(textOrEmpty(get(goldValue, "currency")).toUpperCase(Locale.ROOT));
        return List.of(FieldCheck.agrees("amount", agrees));
    }

    private static JsonNode statusOf(JsonNode visit) {
        JsonNode status = get(visit, "status");
        return truthy(status) ? status : HELD;
    }

    /** {@code cset}: upper-cased country codes, a missing one as "". */
    static Set<String> codes(JsonNode xs) {
        Set<String> out = new HashSet<>();
        for (JsonNode x : list(xs)) {
            out.add(textOrEmpty(x).toUpperCase(Locale.ROOT));
        }
        return out;
    }

    private static List<String> foldAll(JsonNode xs) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : list(xs)) {
            out.add(fold(x));
        }
        return out;
    }

    private static JsonNode orEmpty(JsonNode v) {
        return truthy(v) ? v : null;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
