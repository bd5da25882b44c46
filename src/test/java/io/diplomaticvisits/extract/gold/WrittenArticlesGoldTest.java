package io.diplomaticvisits.extract.gold;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor against the articles written for the project (src/test/resources/articles, see its README), with
 * score.py's matching rules: each folder keeps its overall F1 above a floor a little under what it scores now.
 */
class WrittenArticlesGoldTest {

    private static final Path ARTICLES = Path.of("src/test/resources/articles");

    @ParameterizedTest(name = "{0} at least {1}")
    @CsvSource({"en-a, 0.87", "en-b, 0.82", "en-c, 0.84", "en-d, 0.75", "en-e, 0.70", "en-f, 0.69", "en-g, 0.74",
            "en-h, 0.76", "en-i, 0.58", "en-j, 0.80", "vi-a, 0.87", "vi-b, 0.86", "vi-c, 0.84", "vi-d, 0.82",
            "vi-e, 0.85", "vi-f, 0.83", "vi-g, 0.83", "vi-h, 0.84", "vi-i, 0.74", "vi-j, 0.81"})
    void eachFolderScoresAboveItsFloor(String folder, double floor) throws Exception {
        Path dir = ARTICLES.resolve(folder);
        ScoreReport report = CorpusScoring.score(GoldFile.read(dir.resolve("gold.json")), dir);
        System.out.println(folder + "\n" + report.table());
        assertThat(report.overall().f1()).as(folder + " overall F1").isGreaterThanOrEqualTo(floor);
    }
}
