package io.diplomaticvisits.api;

/** The JSON form of {@code POST /api/v1/documents}; every field arrives as sent and is checked by {@link NewDocument}. */
public record DocumentUpload(String name, String url, String publishedAt, String text) {
}
