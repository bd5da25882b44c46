package io.diplomaticvisits.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.domain.Document;
import io.diplomaticvisits.domain.Participant;
import io.diplomaticvisits.domain.Partnership;
import io.diplomaticvisits.domain.RecordSource;
import io.diplomaticvisits.domain.Visit;
import io.diplomaticvisits.extract.model.PartnershipLevel;
import io.diplomaticvisits.extract.model.Rank;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** What the start-up load leaves in the store after extracting and merging the five seeds. */
@QuarkusTest
@Transactional
class StoredRecordsTests {

    @Inject
    Session session;

    @Test
    void sameLeaderInFourDocumentsIsOneParticipantWithBothSpellings() {
        List<Participant> toLam = session.createSelectionQuery(
                "select distinct p from Participant p join p.keys k where k = 'to lam'", Participant.class).getResultList();

        assertThat(toLam).hasSize(1);
        Participant person = toLam.get(0);
        assertThat(person.getName()).isEqualTo("Tô Lâm");
        assertThat(person.getAliases()).contains("To Lam");
        assertThat(person.getBestRank()).isEqualTo(Rank.PARTY_LEADER);
        assertThat(person.getSources().stream().map(RecordSource::getDocumentId).distinct()).hasSize(4);
    }

    @Test
    void samePartnershipInThreeDocumentsIsOneRecordWithTheirSources() {
        Partnership russia = session.createSelectionQuery(
                        "from Partnership where countryCode = 'RU' and level = :level", Partnership.class)
                .setParameter("level", PartnershipLevel.COMPREHENSIVE_STRATEGIC_PARTNERSHIP)
                .getSingleResult();

        assertThat(russia.getSources().stream().map(RecordSource::getDocumentId).distinct()).hasSize(3);
    }

    @Test
    void everyVisitParticipantIsAStoredParticipant() {
        List<Visit> visits = session.createSelectionQuery("from Visit", Visit.class).getResultList();

        assertThat(visits).isNotEmpty();
        visits.forEach(v -> v.getParticipants().forEach(p ->
                assertThat(session.find(Participant.class, p.getParticipantId())).isNotNull()));
    }

    @Test
    void sourceOffsetsPointIntoTheStoredText() {
        List<Visit> visits = session.createSelectionQuery("from Visit", Visit.class).getResultList();

        for (Visit visit : visits) {
            for (RecordSource source : visit.getSources()) {
                String text = session.find(Document.class, source.getDocumentId()).getText();
                assertThat(text.substring(source.getStart(), source.getEnd())).isEqualTo(source.getSentence());
            }
        }
    }

    @Test
    void distinctEventsOfOneMonthStayApart() {
        // Wang Yi's working visit (December, no year) and Xi Jinping's visit (December 2023) share countries,
        // category and direction, and their dates agree: different travellers keep them two records.
        long trips = session.createSelectionQuery(
                        "select count(*) from Visit where countrySet = 'CN,VN' and category = TRIP and hostCountry = 'VN'"
                                + " and startMonth = 12", Long.class)
                .getSingleResult();

        assertThat(trips).isEqualTo(2);
    }
}
