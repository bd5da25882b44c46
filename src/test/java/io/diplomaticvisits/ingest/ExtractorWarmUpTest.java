package io.diplomaticvisits.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorWarmUpTest {

    @TempDir
    Path dataDir;

    @Test
    void aDataDirectoryWithoutTheDatabaseFileIsAFirstStart() throws Exception {
        assertThat(ExtractorWarmUp.isFirstStart(dataDir)).isTrue();
        assertThat(ExtractorWarmUp.isFirstStart(dataDir.resolve("not-created-yet"))).isTrue();

        Files.writeString(dataDir.resolve("visits.trace.db"), "");
        assertThat(ExtractorWarmUp.isFirstStart(dataDir)).isTrue();
    }

    @Test
    void aDataDirectoryHoldingTheDatabaseFileIsARestart() throws Exception {
        Files.writeString(dataDir.resolve(ExtractorWarmUp.H2_DATABASE_FILE), "");

        assertThat(ExtractorWarmUp.isFirstStart(dataDir)).isFalse();
    }
}
