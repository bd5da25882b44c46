package io.diplomaticvisits.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.config.VisitsConfig;
import io.diplomaticvisits.domain.Document;
import jakarta.enterprise.inject.Vetoed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
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
    void manyFilesAreExtractedOnOtherThreadsAndStoredInNameOrder() throws IOException {
        List<String> expected = IntStream.range(0, 40).mapToObj(i -> String.format("%03d.txt", i)).toList();
        for (String name : expected) {
            Files.writeString(dir.resolve(name), "text of " + name);
        }

        RecordingIngestor ingestor = load(dir);

        assertThat(ingestor.names).containsExactlyElementsOf(expected);
        assertThat(ingestor.extractingThreads).containsOnly("seed-extraction");
    }

    @Test
    void aFileThatCannotBeExtractedOrStoredIsSkippedAndTheOthersAreStored() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "first");
        Files.writeString(dir.resolve("unreadable.txt"), "second");
        Files.writeString(dir.resolve("unstorable.txt"), "third");
        Files.writeString(dir.resolve("z.txt"), "fourth");

        RecordingIngestor ingestor = new RecordingIngestor();
        SeedLoader loader = loader(dir, ingestor);
        loader.onStart(null);

        assertThat(ingestor.names).containsExactly("a.txt", "z.txt");
        assertThat(loader.isFinished()).isTrue();
    }

    @Test
    void writesTheStoreToFileOnceAfterTheLastNewDocument() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "first");
        Files.writeString(dir.resolve("b.txt"), "second");
        Files.writeString(dir.resolve("c.txt"), "third");

        assertThat(load(dir).writesToFile).containsExactly(3);
    }

    @Test
    void writesNothingToFileWhenEverySeedIsStoredAlready() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "first");
        RecordingIngestor ingestor = new RecordingIngestor(Set.of(Document.idOf("first")));

        loader(dir, ingestor).onStart(null);

        assertThat(ingestor.names).isEmpty();
        assertThat(ingestor.writesToFile).isEmpty();
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
        final Set<String> extractingThreads = ConcurrentHashMap.newKeySet();
        /** The number of documents stored at each call of writeBatchToFile. */
        final List<Integer> writesToFile = new ArrayList<>();
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
        public Extracted extract(String name, String text, String url, LocalDate publishedAt) {
            extractingThreads.add(Thread.currentThread().getName());
            if (name.startsWith("unreadable")) {
                throw new IllegalArgumentException("cannot extract " + name);
            }
            return new Extracted(Document.of(name, text, url, publishedAt, Instant.EPOCH), null);
        }

        @Override
        public void writeBatchToFile() {
            writesToFile.add(names.size());
        }

        @Override
        public Ingestion storeInBatch(Extracted extracted) {
            String name = extracted.document().getName();
            if (name.startsWith("unstorable")) {
                throw new IllegalStateException("cannot store " + name);
            }
            names.add(name);
            texts.add(extracted.document().getText());
            return new Ingestion(extracted.document().getId(), true);
        }
    }
}
