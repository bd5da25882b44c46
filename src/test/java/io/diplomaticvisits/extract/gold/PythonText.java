package io.diplomaticvisits.extract.gold;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Python's str, repr, json.dumps, "%.3f" and round, so that reports read exactly as score.py's. */
final class PythonText {

    private PythonText() {
    }

    /** {@code " ".join(s.split())}, with Python's set of whitespace characters. */
    static String squeezeSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(s, start, i);
            }
        }
        return out.toString();
    }

    static boolean isSpace(char c) {
        return c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
                || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    /** {@code str(v)}, which is also what {@code "%s"} prints. */
    static String str(JsonNode v) {
        return v != null && v.isTextual() ? v.textValue() : repr(v);
    }

    static String repr(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "None";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return repr(v.doubleValue());
        }
        if (v.isTextual()) {
            return repr(v.textValue());
        }
        List<String> parts = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> parts.add(repr(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            parts.add(repr(e.getKey()) + ": " + repr(e.getValue()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** A list of strings as Python prints it: {@code ['MY', 'VN']}. */
    static String reprList(Collection<String> items) {
        List<String> parts = new ArrayList<>(items.size());
        items.forEach(s -> parts.add(repr(s)));
        return "[" + String.join(", ", parts) + "]";
    }

    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7F) {
                out.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else if (c < 0x7F || isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xFF) {
                out.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else if (c <= 0xFFFF) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.append(String.format(Locale.ROOT, "\\U%08x", c));
            }
        });
        return out.append(quote).toString();
    }

    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** {@code repr(float)}: the shortest digits that read back as the same double. */
    static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == d) {
                shortest = rounded;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = shortest.toPlainString();
            return plain.indexOf('.') >= 0 ? plain : plain + ".0";
        }
        String digits = shortest.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }

    /** {@code json.dumps(v)} with its defaults: ASCII only, {@code ", "} and {@code ": "} separators. */
    static String dumps(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "null";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "true" : "false";
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            return Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : repr(d);
        }
        if (v.isTextual()) {
            return jsonString(v.textValue());
        }
        List<String> parts = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> parts.add(dumps(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            parts.add(jsonString(e.getKey()) + ": " + dumps(e.getValue()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** {@code round(d, 3)}: half-even on the double's exact value, as Python rounds. */
    static double round3(double d) {
        if (!Double.isFinite(d)) {
            return d;
        }
        return Math.copySign(new BigDecimal(d).setScale(3, RoundingMode.HALF_EVEN).doubleValue(), d);
    }

    /** {@code "%.3f" % d}; Java's own %f rounds half-up on the shortest decimal and can differ. */
    static String fixed3(double d) {
        if (!Double.isFinite(d)) {
            return Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(d).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        return (d < 0 || 1 / d < 0) && !s.startsWith("-") ? "-" + s : s;
    }

    /** {@code "%6.3f"}-style right alignment. */
    static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
