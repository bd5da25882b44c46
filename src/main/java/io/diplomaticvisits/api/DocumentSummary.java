package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.Document;
import java.time.LocalDate;

public record DocumentSummary(String id, String name, String language, long sizeBytes, LocalDate publishedAt,
        RecordCounts records) {

    static DocumentSummary of(Document document, RecordCounts records) {
        return new DocumentSummary(document.getId(), document.getName(), document.getLanguage(),
                document.getSizeBytes(), document.getPublishedAt(), records);
    }
}
