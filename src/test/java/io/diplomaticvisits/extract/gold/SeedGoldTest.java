package io.diplomaticvisits.extract.gold;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The extractor against the hand-made gold of the five seeds, with score.py's matching rules. */
class SeedGoldTest {

    @Test
    void seedsScoreAboveTheAgreedFloors() throws Exception {
        ScoreReport report = CorpusScoring.score(GoldFile.seeds(), Path.of("seeds"));
        System.out.println(report.table());
        System.out.println(report.verboseTable());
        assertThat(report.kind(RecordKind.VISITS).f1()).as("visits F1").isGreaterThanOrEqualTo(0.90);
        assertThat(report.kind(RecordKind.PARTICIPANTS).f1()).as("participants F1").isGreaterThanOrEqualTo(0.90);
        assertThat(report.kind(RecordKind.PARTNERSHIPS).f1()).as("partnerships F1").isGreaterThanOrEqualTo(0.90);
        assertThat(report.kind(RecordKind.AGREEMENTS).f1()).as("agreements F1").isGreaterThanOrEqualTo(0.85);
    }
}
