package io.diplomaticvisits.ingest;

import io.diplomaticvisits.config.VisitsConfig;
import io.diplomaticvisits.domain.Document;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Loads every regular file of {@code visits.seeds-dir} at start-up; loading again changes nothing. A file whose text
 * is stored already is skipped before extraction, so a restart over a large store only reads and hashes the files.
 * New files are extracted on one thread per processor while this thread stores them, one at a time, in name order,
 * and written to the database's file once, after the last: nobody is answered before the load is over (readiness
 * waits for it), and a load cut short is taken up again at the next start.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final int PROGRESS_EVERY = 1000;
    /** Texts extracted ahead of the store, per extraction thread: enough to keep them busy, few enough to hold. */
    private static final int EXTRACTED_AHEAD_PER_THREAD = 4;

    @Inject
    VisitsConfig config;

    @Inject
    DocumentIngestor ingestor;

    private volatile boolean finished;

    void onStart(@Observes StartupEvent event) {
        try {
            load(config.seedsDir());
        } finally {
            finished = true;
        }
    }

    /** True once the start-up load is over, whatever it found. */
    public boolean isFinished() {
        return finished;
    }

    private void load(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.warnf("Seeds directory %s does not exist; no documents loaded", dir.toAbsolutePath());
            return;
        }
        List<Path> files = regularFilesByName(dir);
        Set<String> stored = ingestor.storedIds();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService extraction = Executors.newFixedThreadPool(threads, SeedLoader::extractionThread);
        try {
            Deque<Future<Optional<Extracted>>> extracting = new ArrayDeque<>();
            int created = 0;
            int known = 0;
            int done = 0;
            for (Path file : files) {
                Optional<String> text = readText(file);
                if (text.isPresent() && stored.contains(Document.idOf(text.get()))) {
                    known++;
                } else if (text.isPresent()) {
                    extracting.add(extraction.submit(() -> extract(file, text.get())));
                    if (extracting.size() >= EXTRACTED_AHEAD_PER_THREAD * threads) {
                        created += storeFirst(extracting);
                    }
                }
                if (++done % PROGRESS_EVERY == 0) {
                    LOG.infof("Seeds: %d of %d files read, %d new documents", done, files.size(), created);
                }
            }
            while (!extracting.isEmpty()) {
                created += storeFirst(extracting);
            }
            if (created > 0) {
                ingestor.writeBatchToFile();
            }
            LOG.infof("Seeds from %s: %d files, %d new documents, %d stored already", dir.toAbsolutePath(),
                    files.size(), created, known);
        } finally {
            extraction.shutdownNow();
        }
    }

    /** Extraction is the slow half and needs no database: it runs on other threads while this one stores. */
    private Optional<Extracted> extract(Path file, String text) {
        try {
            return Optional.of(ingestor.extract(file.getFileName().toString(), text, null, null));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Seed %s could not be extracted; skipped", file);
            return Optional.empty();
        }
    }

    /** Stores the oldest extraction, so that files are stored in name order; 1 if it was a new document. */
    private int storeFirst(Deque<Future<Optional<Extracted>>> extracting) {
        Optional<Extracted> extracted = await(extracting.removeFirst());
        if (extracted.isEmpty()) {
            return 0;
        }
        try {
            return ingestor.storeInBatch(extracted.get()).created() ? 1 : 0;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Seed %s could not be stored; skipped", extracted.get().document().getName());
            return 0;
        }
    }

    private static Optional<Extracted> await(Future<Optional<Extracted>> extraction) {
        try {
            return extraction.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the seeds", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Seed extraction failed", e.getCause());
        }
    }

    private static Thread extractionThread(Runnable work) {
        Thread thread = new Thread(work, "seed-extraction");
        thread.setDaemon(true);
        return thread;
    }

    private static List<Path> regularFilesByName(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list seeds directory " + dir, e);
        }
    }

    /** The file's text without a byte-order mark; empty, with a warning, if it is blank or not UTF-8. */
    private static Optional<String> readText(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                LOG.warnf("Seed %s is blank; skipped", file);
                return Optional.empty();
            }
            return Optional.of(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text);
        } catch (IOException e) {
            LOG.warnf("Seed %s cannot be read as UTF-8 (%s); skipped", file, e.toString());
            return Optional.empty();
        }
    }
}
