package io.diplomaticvisits.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.domain.Agreement;
import io.diplomaticvisits.domain.DocumentRepository;
import io.diplomaticvisits.domain.Partnership;
import io.diplomaticvisits.domain.RecordedSql;
import io.diplomaticvisits.domain.Visit;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentIngestorTests {

    @Inject
    DocumentIngestor ingestor;

    @Inject
    DocumentRepository documents;

    @Inject
    Session session;

    @Inject
    @PersistenceUnitExtension("h2")
    RecordedSql recorded;

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

    @Test
    void newRecordsAreInsertedCompleteWithoutAnUpdateOfTheirRows() {
        String text = "Reykjavik, 14 March 2025 - Prime Minister Pham Minh Chinh held talks with Icelandic Prime "
                + "Minister Kristrun Frostadottir in Reykjavik. The two sides signed a memorandum of understanding on "
                + "geothermal energy cooperation. Viet Nam and Iceland agreed to upgrade their relations to a "
                + "Comprehensive Partnership.";
        Statistics statistics = session.getSessionFactory().getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();

        Ingestion added = ingestor.ingest("iceland-talks.txt", text, null, null);
        try {
            assertThat(added.created()).isTrue();
            assertThat(statistics.getEntityStatistics(Visit.class.getName()).getInsertCount()).isPositive();
            assertThat(statistics.getEntityStatistics(Agreement.class.getName()).getInsertCount()).isPositive();
            assertThat(statistics.getEntityStatistics(Partnership.class.getName()).getInsertCount()).isPositive();
            assertThat(statistics.getEntityStatistics(Visit.class.getName()).getUpdateCount()).isZero();
            assertThat(statistics.getEntityStatistics(Agreement.class.getName()).getUpdateCount()).isZero();
            assertThat(statistics.getEntityStatistics(Partnership.class.getName()).getUpdateCount()).isZero();
        } finally {
            ingestor.delete(added.documentId());
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void theStoredPeopleOfADocumentAreLookedUpInOneQuery() {
        String text = "Hanoi, 3 April 2025 - President Luong Cuong received Uruguayan Foreign Minister Mario Lubetkin. "
                + "The same day, Prime Minister Pham Minh Chinh held talks with Uruguayan Vice President Carolina "
                + "Cosse, and Minister of Foreign Affairs Bui Thanh Son met Uruguayan Minister of Industry Fernanda "
                + "Cardona.";
        recorded.start();
        Ingestion added;
        try {
            added = ingestor.ingest("uruguay-day.txt", text, null, null);
        } finally {
            List<String> statements = recorded.stop();
            assertThat(statements.stream().filter(DocumentIngestorTests::looksUpPeopleByName))
                    .as("people looked up by name in %s", statements)
                    .hasSize(1);
        }
        assertThat(added.created()).isTrue();
        ingestor.delete(added.documentId());
    }

    /** The query of ParticipantRepository.findByAnyKey: people joined to their folded names, filtered on those. */
    private static boolean looksUpPeopleByName(String sql) {
        String lower = sql.toLowerCase();
        return lower.startsWith("select") && lower.contains("join participant_key") && lower.contains(" in (");
    }
}
