package io.diplomaticvisits.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Runs each change to the store (a document added or removed) as one transaction of its own, committed before
 * {@link #run} returns, and one change at a time: a merge reads the store to decide what is new, so two merges side
 * by side could each create the same record. A fair lock orders the writers of this process; the one row of
 * {@code write_lock}, locked first by every write transaction, orders the processes that share one database.
 * A transaction that still meets a unique constraint, a deadlock or a serialization failure is run again (it then
 * sees what the other one committed), at most {@value #ATTEMPTS} times in all.
 */
@ApplicationScoped
public class StoreWrites {

    static final int ATTEMPTS = 3;

    /** Merging a dense 1 MiB text takes minutes on a slow machine; the default of 60 s would roll it back. */
    static final int TIMEOUT_SECONDS = 600;

    private static final Logger LOG = Logger.getLogger(StoreWrites.class);

    /** Unique violation (H2 and PostgreSQL), serialization failure, PostgreSQL deadlock, H2 concurrent update. */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01", "90131");

    private final ReentrantLock localWriter = new ReentrantLock(true);

    @Inject
    Session session;

    @Inject
    StoreFlush flush;

    /** Runs the change and has it written to the database's file before returning: the caller answers for it. */
    public <T> T run(Supplier<T> change) {
        T result = runBuffered(change);
        flush.afterCommit();
        return result;
    }

    /**
     * Runs the change as {@link #run} does, but leaves it to H2 to write the commit to its file (within its
     * WRITE_DELAY): for a batch of changes that nobody is answered for before the last, after which the batch's
     * writer calls {@link #writeToFile}. A process that dies meanwhile loses at most the batch's last commits.
     */
    public <T> T runBuffered(Supplier<T> change) {
        localWriter.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
                        lockDatabaseWriters();
                        return change.get();
                    });
                } catch (RuntimeException e) {
                    if (attempt >= ATTEMPTS || !isConflict(e)) {
                        throw e;
                    }
                    LOG.warnf("Write to the store met a concurrent one (%s); attempt %d of %d", rootMessage(e),
                            attempt + 1, ATTEMPTS);
                }
            }
        } finally {
            localWriter.unlock();
        }
    }

    /** Writes every change committed so far to the database's file. */
    public void writeToFile() {
        flush.afterCommit();
    }

    /** Also counts the write in the store's generation, which readers compare to tell whether anything changed. */
    private void lockDatabaseWriters() {
        session.createNativeQuery("SELECT id FROM write_lock WHERE id = 1 FOR UPDATE", Integer.class)
                .getSingleResult();
        session.createNativeMutationQuery("UPDATE write_lock SET generation = generation + 1 WHERE id = 1")
                .executeUpdate();
    }

    /** Looks through causes and suppressed exceptions: a failed commit wraps the database's own error. */
    static boolean isConflict(Throwable failure) {
        return isConflict(failure, 0);
    }

    private static boolean isConflict(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return false;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null
                && CONFLICT_STATES.contains(sql.getSQLState())) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isConflict(suppressed, depth + 1)) {
                return true;
            }
        }
        return failure.getCause() != failure && isConflict(failure.getCause(), depth + 1);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
