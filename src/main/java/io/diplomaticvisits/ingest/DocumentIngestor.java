package io.diplomaticvisits.ingest;

import io.diplomaticvisits.domain.Document;
import io.diplomaticvisits.domain.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Stores one text as a document, once: a text already stored (same id) is left as it is. */
@ApplicationScoped
public class DocumentIngestor {

    @Inject
    DocumentRepository documents;

    @Transactional
    public Ingestion ingest(String name, String text, String url, LocalDate publishedAt) {
        Document document = Document.of(name, text, url, publishedAt, Instant.now(Clock.systemUTC()));
        if (documents.findById(document.getId()).isPresent()) {
            return new Ingestion(document.getId(), false);
        }
        documents.persist(document);
        return new Ingestion(document.getId(), true);
    }
}
