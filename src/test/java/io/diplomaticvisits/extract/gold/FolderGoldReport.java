package io.diplomaticvisits.extract.gold;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scores the extractor on any folder of articles with a gold file beside them, without starting the service:
 * {@code ./mvnw test -Dtest=FolderGoldReport -Dgold.dir=../shared/dev/en} prints the table and every miss and extra
 * of {@code gold.dir/gold.json}. Skipped when no folder is given: the articles it is meant for are not the project's.
 */
class FolderGoldReport {

    @Test
    void printsTheScoresOfTheGivenFolder() throws Exception {
        String dir = System.getProperty("gold.dir", "");
        assumeTrue(!dir.isBlank(), "no -Dgold.dir given");
        Path folder = Path.of(dir);
        Path gold = folder.resolve(System.getProperty("gold.file", "gold.json"));
        assumeTrue(Files.isRegularFile(gold), gold + " does not exist");
        ScoreReport report = CorpusScoring.score(GoldFile.read(gold), folder);
        System.out.println(report.table());
        System.out.println(report.verboseTable());
    }
}
