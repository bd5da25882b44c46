package io.diplomaticvisits.ingest;

import io.diplomaticvisits.domain.Document;
import io.diplomaticvisits.domain.DocumentRepository;
import io.diplomaticvisits.extract.Extractor;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.PartialDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Stores one text as a document, once, and merges the records extracted from it into the store in the same
 * transaction. A text already stored (same id) is left as it is: its records are in already.
 */
@ApplicationScoped
public class DocumentIngestor {

    @Inject
    DocumentRepository documents;

    @Inject
    RecordMerger merger;

    @Transactional
    public Ingestion ingest(String name, String text, String url, LocalDate publishedAt) {
        Document document = Document.of(name, text, url, publishedAt, Instant.now(Clock.systemUTC()));
        if (documents.findById(document.getId()).isPresent()) {
            return new Ingestion(document.getId(), false);
        }
        ExtractionResult result = extract(document);
        document.setLanguage(result.language().code());
        documents.persist(document);
        merger.merge(document.getId(), result);
        return new Ingestion(document.getId(), true);
    }

    /** The records of a stored document; its id names the document in every source. */
    public static ExtractionResult extract(Document document) {
        LocalDate published = document.getPublishedAt();
        PartialDate anchor = published == null ? null
                : PartialDate.of(published.getYear(), published.getMonthValue(), published.getDayOfMonth());
        return Extractor.standard().extract(document.getId(), document.getText(), anchor);
    }
}
