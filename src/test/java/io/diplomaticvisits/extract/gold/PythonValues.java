package io.diplomaticvisits.extract.gold;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** How Python sees values from json.load (truthiness, {@code ==}, {@code float()}): score.py's rules lean on them. */
final class PythonValues {

    private PythonValues() {
    }

    /** {@code obj.get(key)}: Java null for a missing key and for JSON null alike. */
    static JsonNode get(JsonNode obj, String key) {
        if (obj == null || !obj.isObject()) {
            return null;
        }
        JsonNode value = obj.get(key);
        return value == null || value.isNull() ? null : value;
    }

    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().signum() != 0;
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0.0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    /** {@code v or []}. */
    static List<JsonNode> list(JsonNode v) {
        if (!truthy(v)) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("expected a list, got " + v);
        }
        List<JsonNode> out = new ArrayList<>(v.size());
        v.forEach(out::add);
        return out;
    }

    /** {@code (v or "")} as text, ready for {@code .upper()}. */
    static String textOrEmpty(JsonNode v) {
        return truthy(v) ? PythonText.str(v) : "";
    }

    /** Python's {@code ==}: numbers (and bools, which are ints) compare by value, None only equals None. */
    static boolean equal(JsonNode a, JsonNode b) {
        boolean aNone = a == null || a.isNull() || a.isMissingNode();
        boolean bNone = b == null || b.isNull() || b.isMissingNode();
        if (aNone || bNone) {
            return aNone && bNone;
        }
        if (isNumeric(a) && isNumeric(b)) {
            return numbersEqual(a, b);
        }
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equals(b.textValue());
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            var names = a.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!b.has(name) || !equal(a.get(name), b.get(name))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** {@code float(v)}. */
    static double toFloat(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue() ? 1.0 : 0.0;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            return Double.parseDouble(v.textValue().strip());
        }
        throw new IllegalArgumentException("not a number: " + v);
    }

    private static boolean isNumeric(JsonNode v) {
        return v.isNumber() || v.isBoolean();
    }

    private static boolean numbersEqual(JsonNode a, JsonNode b) {
        if (isIntegral(a) && isIntegral(b)) {
            return exact(a).compareTo(exact(b)) == 0;
        }
        double da = toFloat(a);
        double db = toFloat(b);
        if (!Double.isFinite(da) || !Double.isFinite(db)) {
            return da == db;
        }
        // Python compares an int with a float exactly, not through a rounded double
        return exact(a).compareTo(exact(b)) == 0;
    }

    private static boolean isIntegral(JsonNode v) {
        return v.isBoolean() || v.isIntegralNumber();
    }

    private static BigDecimal exact(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v.isIntegralNumber()) {
            return new BigDecimal(v.bigIntegerValue());
        }
        return new BigDecimal(v.doubleValue());
    }
}
