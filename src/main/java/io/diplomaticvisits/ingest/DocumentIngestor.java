package io.diplomaticvisits.ingest;

import io.diplomaticvisits.domain.Document;
import io.diplomaticvisits.domain.DocumentRepository;
import io.diplomaticvisits.extract.Extractor;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.PartialDate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Stores one text as a document, once, and merges the records extracted from it into the store in the same
 * transaction, committed before {@link #ingest} returns. A text already stored (same id) is left as it is: its
 * records are in already. The extraction runs before the write, outside the transaction and its lock.
 */
@ApplicationScoped
public class DocumentIngestor {

    @Inject
    DocumentRepository documents;

    @Inject
    RecordMerger merger;

    @Inject
    DocumentRemover remover;

    @Inject
    StoreWrites writes;

    @Inject
    Session session;

    public Ingestion ingest(String name, String text, String url, LocalDate publishedAt) {
        Document document = newDocument(name, text, url, publishedAt);
        if (isStored(document.getId())) {
            return new Ingestion(document.getId(), false);
        }
        Extracted extracted = extracted(document);
        return writes.run(() -> store(extracted.document(), extracted.result()));
    }

    /**
     * The first half of {@link #ingest}: the text as a document, with its records. Reads nothing from the store and
     * may run on any thread, several at once; {@link #storeInBatch} then writes it.
     */
    public Extracted extract(String name, String text, String url, LocalDate publishedAt) {
        return extracted(newDocument(name, text, url, publishedAt));
    }

    /**
     * The second half of {@link #ingest} for one of a batch of documents: stores the document and merges its records,
     * unless it is stored. Committed, and written to the database's file by {@link #writeBatchToFile} after the
     * batch's last document, instead of once for each.
     */
    public Ingestion storeInBatch(Extracted extracted) {
        return writes.runBuffered(() -> store(extracted.document(), extracted.result()));
    }

    /** Writes what {@link #storeInBatch} committed to the database's file. */
    public void writeBatchToFile() {
        writes.writeToFile();
    }

    /** The ids of the documents stored so far. */
    public Set<String> storedIds() {
        return QuarkusTransaction.joiningExisting().call(documents::allIds);
    }

    /** Removes the document and what only it told; false when there is no such document. */
    public boolean delete(String documentId) {
        return writes.run(() -> remover.remove(documentId));
    }

    /** Checked again under the write lock: an identical text may have been stored meanwhile. */
    private Ingestion store(Document document, ExtractionResult result) {
        if (documents.findById(document.getId()).isPresent()) {
            return new Ingestion(document.getId(), false);
        }
        // Hibernate would flush before each of the merge's queries, dirty-checking every entity the merge has touched
        // so far: quadratic in the records of the document (minutes for a dense 1 MiB text). The merge never reads
        // its own changes back through a query, so one flush at the end does.
        session.setHibernateFlushMode(FlushMode.COMMIT);
        documents.persist(document);
        merger.merge(document.getId(), result);
        session.flush();
        return new Ingestion(document.getId(), true);
    }

    private static Document newDocument(String name, String text, String url, LocalDate publishedAt) {
        return Document.of(name, text, url, publishedAt, Instant.now(Clock.systemUTC()));
    }

    private static Extracted extracted(Document document) {
        ExtractionResult result = extract(document);
        document.setLanguage(result.language().code());
        return new Extracted(document, result);
    }

    private boolean isStored(String id) {
        return QuarkusTransaction.joiningExisting().call(() -> documents.findById(id).isPresent());
    }

    /** The records of a stored document; its id names the document in every source. */
    public static ExtractionResult extract(Document document) {
        LocalDate published = document.getPublishedAt();
        PartialDate anchor = published == null ? null
                : PartialDate.of(published.getYear(), published.getMonthValue(), published.getDayOfMonth());
        return Extractor.standard().extract(document.getId(), document.getText(), anchor);
    }
}
