package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.Document;
import java.time.Instant;
import java.time.LocalDate;

public record DocumentDetail(String id, String name, String url, LocalDate publishedAt, String language,
        long sizeBytes, String sha256, Instant loadedAt, String text, DocumentRecords records) {

    static DocumentDetail of(Document document, DocumentRecords records) {
        return new DocumentDetail(document.getId(), document.getName(), document.getUrl(), document.getPublishedAt(),
                document.getLanguage(), document.getSizeBytes(), document.getSha256(), document.getLoadedAt(),
                document.getText(), records);
    }
}
