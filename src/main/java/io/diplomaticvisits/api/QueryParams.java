package io.diplomaticvisits.api;

import io.diplomaticvisits.extract.lexicon.CountryLexicon;
import io.diplomaticvisits.extract.model.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads raw query and path parameters. They arrive as strings so that a malformed value is a 400 naming the
 * parameter, where JAX-RS would answer a failed conversion of a query parameter with 404.
 */
final class QueryParams {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;

    private static final Pattern RECORD_ID = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern ISO_PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private QueryParams() {
    }

    static int page(String raw) {
        int page = integer("page", raw, 0);
        if (page < 0) {
            throw BadParameter.inQuery("page", "must be 0 or more");
        }
        return page;
    }

    static int size(String raw) {
        int size = integer("size", raw, DEFAULT_SIZE);
        if (size < 1 || size > MAX_SIZE) {
            throw BadParameter.inQuery("size", "must be between 1 and " + MAX_SIZE);
        }
        return size;
    }

    private static int integer(String name, String raw, int absent) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw BadParameter.inQuery(name, "must be an integer, not '" + raw + "'");
        }
    }

    /** An ISO date ({@code 2024-06-19}), or null when absent. */
    static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw BadParameter.inQuery(name, "must be an ISO date (yyyy-MM-dd), not '" + raw + "'");
        }
    }

    /** {@code 2024}, {@code 2024-06} or {@code 2024-06-19} as a date with unknown parts; null when absent. */
    static PartialDate partialDate(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.trim();
        if (!ISO_PARTIAL_DATE.matcher(text).matches()) {
            throw BadParameter.inQuery(name, "must be an ISO date (yyyy-MM-dd, yyyy-MM or yyyy), not '" + raw + "'");
        }
        String[] parts = text.split("-");
        try {
            LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                    parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
        } catch (DateTimeException e) {
            throw BadParameter.inQuery(name, "is not a calendar date: '" + raw + "'");
        }
        return PartialDate.of(Integer.valueOf(parts[0]), parts.length > 1 ? Integer.valueOf(parts[1]) : null,
                parts.length > 2 ? Integer.valueOf(parts[2]) : null);
    }

    /** One constant of {@code type}, written as its name in any case; null when absent. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BadParameter.inQuery(name, "must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", not '" + raw + "'");
        }
    }

    /** Every value of a repeatable parameter; empty when absent. */
    static <E extends Enum<E>> List<E> enumValues(Class<E> type, String name, List<String> raws) {
        List<E> out = new ArrayList<>();
        if (raws != null) {
            for (String raw : raws) {
                E value = enumValue(type, name, raw);
                if (value != null && !out.contains(value)) {
                    out.add(value);
                }
            }
        }
        return out;
    }

    /** An ISO 3166-1 alpha-2 code in upper case; null when absent, 400 when no such country exists. */
    static String country(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return knownCountry(name, "query", raw);
    }

    static String countryInPath(String name, String raw) {
        return knownCountry(name, "path", raw);
    }

    private static String knownCountry(String name, String in, String raw) {
        String code = raw.trim().toUpperCase(Locale.ROOT);
        if (!CountryLexicon.load().isKnown(code)) {
            throw BadParameter.of(name, in, "must be an ISO 3166-1 alpha-2 country code, not '" + raw + "'");
        }
        return code;
    }

    /** The order of a visit listing: {@code startDate} (the default) or {@code -startDate}; true for the latter. */
    static boolean newestFirst(String raw) {
        if (raw == null || raw.isBlank() || raw.trim().equals("startDate")) {
            return false;
        }
        if (raw.trim().equals("-startDate")) {
            return true;
        }
        throw BadParameter.inQuery("sort", "must be startDate or -startDate, not '" + raw + "'");
    }

    static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw BadParameter.inQuery("from", "must not be after to");
        }
    }

    /** A record id (16 lower-case hex digits); null when absent. */
    static String recordId(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String id = raw.trim();
        if (!RECORD_ID.matcher(id).matches()) {
            throw BadParameter.inQuery(name, "must be a record id of 16 hex digits, not '" + raw + "'");
        }
        return id;
    }

    /** Free text, trimmed; null when absent or blank. */
    static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
