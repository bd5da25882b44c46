package io.diplomaticvisits.extract.lexicon;

import java.util.Locale;

/** Reads the small typed cells the lexicon files share: a case policy, a yes/no flag, a language. */
final class LexiconCells {

    private LexiconCells() {
    }

    /** An empty cell is {@code capitalised}: names are written with a capital, and lower case is a plain word. */
    static CasePolicy casePolicy(TsvTable.Row row, String column) {
        return switch (row.get(column).toLowerCase(Locale.ROOT)) {
            case "", "capitalised", "capitalized" -> CasePolicy.CAPITALISED;
            case "any" -> CasePolicy.ANY;
            case "exact" -> CasePolicy.EXACT;
            default -> throw new IllegalStateException(row.where() + ": unknown case policy " + row.get(column));
        };
    }

    static boolean flag(TsvTable.Row row, String column, boolean whenEmpty) {
        return switch (row.get(column).toLowerCase(Locale.ROOT)) {
            case "" -> whenEmpty;
            case "yes", "y", "true" -> true;
            case "no", "n", "false" -> false;
            default -> throw new IllegalStateException(row.where() + ": expected yes or no in " + column);
        };
    }

    /** True for {@code vi}, false for {@code en}. */
    static boolean isVietnamese(TsvTable.Row row) {
        return switch (row.get("language")) {
            case "vi" -> true;
            case "en" -> false;
            default -> throw new IllegalStateException(row.where() + ": language must be vi or en");
        };
    }

    static <E extends Enum<E>> E enumValue(TsvTable.Row row, String column, Class<E> type) {
        try {
            return Enum.valueOf(type, row.get(column).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(row.where() + ": unknown " + column + " " + row.get(column), e);
        }
    }
}
