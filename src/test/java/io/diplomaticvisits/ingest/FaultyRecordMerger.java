package io.diplomaticvisits.ingest;

import io.diplomaticvisits.extract.model.ExtractionResult;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.Session;

/**
 * Test-only stand-in for the merger that behaves as the real one until armed; then the next merge writes all its
 * rows to the database and fails, as a crash half-way through a document would.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FaultyRecordMerger extends RecordMerger {

    private final AtomicBoolean armed = new AtomicBoolean();

    @Inject
    Session session;

    public void failNextMerge() {
        armed.set(true);
    }

    @Override
    public Outcome merge(String documentId, ExtractionResult result) {
        Outcome outcome = super.merge(documentId, result);
        if (armed.getAndSet(false)) {
            session.flush();
            throw new IllegalStateException("Injected failure after merging " + outcome.created() + " new and "
                    + outcome.merged() + " stored records of document " + documentId);
        }
        return outcome;
    }
}
