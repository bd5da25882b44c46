package io.diplomaticvisits.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A document sent to be stored, its fields checked: a bad one is a 400 naming it. */
record NewDocument(String name, String url, LocalDate publishedAt, String text) {

    static final int MAX_NAME_LENGTH = 512;
    static final int MAX_URL_LENGTH = 2048;

    /** {@code in} says where the fields were: {@code query} or {@code body}. */
    static NewDocument of(String name, String url, String publishedAt, String text, String in) {
        if (text == null) {
            throw BadParameter.of("text", in, "is required: the text of the article");
        }
        return new NewDocument(name(name, in), url(url, in), date(publishedAt, in),
                TextBody.requireArticle(text, in.equals("body") ? "text" : "body"));
    }

    private static String name(String raw, String in) {
        String name = blankToNull(raw);
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            throw BadParameter.of("name", in, "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return name;
    }

    private static String url(String raw, String in) {
        String url = blankToNull(raw);
        if (url == null) {
            return null;
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw BadParameter.of("url", in, "must be at most " + MAX_URL_LENGTH + " characters");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below, as any other unusable address
        }
        throw BadParameter.of("url", in, "must be an absolute http or https URL, not '" + url + "'");
    }

    private static LocalDate date(String raw, String in) {
        String date = blankToNull(raw);
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw BadParameter.of("publishedAt", in, "must be an ISO date (yyyy-MM-dd), not '" + raw + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
