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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Loads every regular file of {@code visits.seeds-dir} at start-up; loading again changes nothing. A file whose text
 * is stored already is skipped before extraction, so a restart over a large store only reads and hashes the files.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final int PROGRESS_EVERY = 1000;

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
        int created = 0;
        int known = 0;
        int done = 0;
        for (Path file : files) {
            Optional<String> text = readText(file);
            if (text.isPresent() && stored.contains(Document.idOf(text.get()))) {
                known++;
            } else if (text.isPresent() && ingest(file, text.get())) {
                created++;
            }
            if (++done % PROGRESS_EVERY == 0) {
                LOG.infof("Seeds: %d of %d files read, %d new documents", done, files.size(), created);
            }
        }
        LOG.infof("Seeds from %s: %d files, %d new documents, %d stored already", dir.toAbsolutePath(), files.size(),
                created, known);
    }

    /** True when the file was new; a file that cannot be stored is logged and skipped, never fatal to the start. */
    private boolean ingest(Path file, String text) {
        try {
            return ingestor.ingest(file.getFileName().toString(), text, null, null).created();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Seed %s could not be stored; skipped", file);
            return false;
        }
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
