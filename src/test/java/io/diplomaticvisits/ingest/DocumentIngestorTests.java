package io.diplomaticvisits.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.domain.DocumentRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentIngestorTests {

    @Inject
    DocumentIngestor ingestor;

    @Inject
    DocumentRepository documents;

    @Test
    void ingestingAStoredTextAgainChangesNothing() throws Exception {
        String seed = Files.readString(Path.of("seeds", "003_e57e90de0e99ff94.txt"), StandardCharsets.UTF_8);
        long before = documents.count();

        Ingestion again = ingestor.ingest("renamed.txt", seed, "https://example.org/again", null);

        assertThat(again.created()).isFalse();
        assertThat(documents.count()).isEqualTo(before);
        assertThat(documents.findById(again.documentId()))
                .hasValueSatisfying(document -> assertThat(document.getName()).isEqualTo("003_e57e90de0e99ff94.txt"));
    }
}
