package io.diplomaticvisits.extract.mention;

import java.util.EnumMap;
import java.util.Map;

/** What one listed word may be inside a date expression; a word can play several parts ("tới": range or "next"). */
final class DateWord {

    enum Kind { MONTH, MONTH_WORD, DAY_WORD, YEAR_WORD, WEEKDAY, PART_OF_DAY, CUE, LINK, RANGE_TO, RANGE_AND, MODIFIER, RELATIVE }

    enum Unit { DAY, WEEK, MONTH, YEAR }

    /** Licences a {@link Kind#CUE} gives to what follows it. */
    static final int YEAR = 1;
    static final int MONTH = 2;
    static final int DASH = 4;
    static final int RANGE = 8;

    private final Map<Kind, Integer> values;
    private final Unit relativeUnit;
    private final boolean canOpen;

    private DateWord(Map<Kind, Integer> values, Unit relativeUnit) {
        this.values = values;
        this.relativeUnit = relativeUnit;
        this.canOpen = values.keySet().stream().anyMatch(k -> k != Kind.LINK && k != Kind.RANGE_TO && k != Kind.RANGE_AND);
    }

    boolean is(Kind kind) {
        return values.containsKey(kind);
    }

    int value(Kind kind) {
        Integer v = values.get(kind);
        return v == null ? 0 : v;
    }

    Unit relativeUnit() {
        return relativeUnit;
    }

    /** Joiners and links only continue an expression; they never open one. */
    boolean canOpen() {
        return canOpen;
    }

    static final class Builder {
        private final EnumMap<Kind, Integer> values = new EnumMap<>(Kind.class);
        private Unit relativeUnit;

        Builder add(Kind kind, String value, String where) {
            switch (kind) {
                case MONTH, WEEKDAY, MODIFIER -> values.put(kind, parseInt(value, where));
                case CUE -> values.put(kind, licences(value, where));
                case RELATIVE -> {
                    String[] parts = value.trim().split("\\s+");
                    if (parts.length != 2) {
                        throw new IllegalStateException(where + ": RELATIVE needs 'unit offset', got " + value);
                    }
                    relativeUnit = Unit.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
                    values.put(kind, parseInt(parts[1], where));
                }
                default -> values.put(kind, 0);
            }
            return this;
        }

        DateWord build() {
            return new DateWord(Map.copyOf(values), relativeUnit);
        }

        private static int parseInt(String value, String where) {
            try {
                return Integer.parseInt(value.trim().replace("+", ""));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(where + ": not a number: " + value, e);
            }
        }

        private static int licences(String value, String where) {
            int flags = 0;
            for (String part : value.split("\\|")) {
                flags |= switch (part.trim()) {
                    case "year" -> YEAR;
                    case "month" -> MONTH;
                    case "dash" -> DASH;
                    case "range" -> RANGE;
                    case "" -> 0;
                    default -> throw new IllegalStateException(where + ": unknown cue licence " + part);
                };
            }
            return flags;
        }
    }
}
