package io.diplomaticvisits.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.config.VisitsConfig;
import io.diplomaticvisits.domain.Document;
import jakarta.enterprise.inject.Vetoed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedLoaderTests {

    @TempDir
    Path dir;

    @Test
    void loadsEveryRegularFileInNameOrder() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "second");
        Files.writeString(dir.resolve("a.txt"), "first");
        Files.createDirectory(dir.resolve("c-subdirectory"));

        RecordingIngestor ingestor = load(dir);

        assertThat(ingestor.names).containsExactly("a.txt", "b.txt");
        assertThat(ingestor.texts).containsExactly("first", "second");
    }

    @Test
    void missingDirectoryLoadsNothingAndStillFinishes() {
        RecordingIngestor ingestor = new RecordingIngestor();
        SeedLoader loader = loader(dir.resolve("absent"), ingestor);

        loader.onStart(null);

        assertThat(ingestor.names).isEmpty();
        assertThat(loader.isFinished()).isTrue();
    }

    @Test
    void blankAndNonUtf8FilesAreSkipped() throws IOException {
        Files.writeString(dir.resolve("blank.txt"), " \n");
        Files.write(dir.resolve("latin1.txt"), "Hà Nội".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("ok.txt"), "Hà Nội");

        assertThat(load(dir).names).containsExactly("ok.txt");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() throws IOException {
        Files.writeString(dir.resolve("bom.txt"), "\uFEFFHanoi (VNA)");

        assertThat(load(dir).texts).containsExactly("Hanoi (VNA)");
    }

    @Test
    void aTextStoredAlreadyIsNotIngestedAgain() throws IOException {
        Files.writeString(dir.resolve("old.txt"), "Hà Nội");
        Files.writeString(dir.resolve("new.txt"), "Huế");
        RecordingIngestor ingestor = new RecordingIngestor(Set.of(Document.idOf("Hà Nội")));

        loader(dir, ingestor).onStart(null);

        assertThat(ingestor.names).containsExactly("new.txt");
    }

    @Test
    void notFinishedBeforeTheLoad() {
        assertThat(loader(dir, new RecordingIngestor()).isFinished()).isFalse();
    }

    private static RecordingIngestor load(Path seeds) {
        RecordingIngestor ingestor = new RecordingIngestor();
        loader(seeds, ingestor).onStart(null);
        return ingestor;
    }

    static SeedLoader loader(Path seeds, DocumentIngestor ingestor) {
        SeedLoader loader = new SeedLoader();
        loader.config = new FixedConfig(seeds);
        loader.ingestor = ingestor;
        return loader;
    }

    record FixedConfig(Path seedsDir) implements VisitsConfig {
        @Override
        public Path dataDir() {
            return Path.of("data");
        }

        @Override
        public Optional<String> apiKey() {
            return Optional.empty();
        }

        @Override
        public String corsOrigins() {
            return "*";
        }

        @Override
        public int responseCacheSize() {
            return 0;
        }
    }

    @Vetoed
    static class RecordingIngestor extends DocumentIngestor {
        final List<String> names = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        private final Set<String> stored;

        RecordingIngestor() {
            this(Set.of());
        }

        RecordingIngestor(Set<String> stored) {
            this.stored = stored;
        }

        @Override
        public Set<String> storedIds() {
            return stored;
        }

        @Override
        public Ingestion ingest(String name, String text, String url, LocalDate publishedAt) {
            names.add(name);
            texts.add(text);
            return new Ingestion(name, true);
        }
    }
}
