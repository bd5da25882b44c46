package io.diplomaticvisits.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.IsolatedStore;
import io.diplomaticvisits.domain.Agreement;
import io.diplomaticvisits.domain.Document;
import io.diplomaticvisits.domain.Participant;
import io.diplomaticvisits.domain.Partnership;
import io.diplomaticvisits.domain.Visit;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.VisitType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Merging into a store of its own: the same event from another document, and the same documents again. */
@QuarkusTest
@TestProfile(IsolatedStore.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordMergeTests {

    @Inject
    Session session;

    @Inject
    RecordMerger merger;

    @Inject
    DocumentIngestor ingestor;

    @Test
    @Order(1)
    void mergingTheSeedsAgainChangesNothing() {
        Map<String, Integer> before = snapshot();

        mergeEverySeedAgain();

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void idsAreTheSameWhenTheStoreIsRebuiltFromTheSameDocuments() {
        Map<String, Integer> before = snapshot();

        QuarkusTransaction.requiringNew().run(() -> {
            for (Class<?> kind : List.of(Visit.class, Agreement.class, Partnership.class, Participant.class)) {
                session.createSelectionQuery("from " + kind.getSimpleName(), kind).getResultList().forEach(session::remove);
            }
        });
        assertThat(snapshot()).isEmpty();
        mergeEverySeedAgain();

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void sameTripToldByAnotherDocumentIsOneRecordWithBothSources() {
        String stored = tripIds("RU,VN", 1).get(0);

        ingestor.ingest("trung-moscow.txt",
                "Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung thăm làm việc Liên bang Nga từ ngày 20 đến 23/1/2025.",
                null, null);

        assertThat(tripIds("RU,VN", 1)).containsExactly(stored);
        QuarkusTransaction.requiringNew().run(() -> {
            Visit trip = session.find(Visit.class, stored);
            assertThat(trip.getType()).isEqualTo(VisitType.WORKING_VISIT);
            assertThat(trip.getStart()).isEqualTo(PartialDate.of(2025, 1, 20));
            assertThat(trip.getEnd()).isEqualTo(PartialDate.of(2025, 1, 23));
            assertThat(trip.getSources().stream().map(s -> s.getDocumentId()).distinct()).hasSize(2);
        });
    }

    @Test
    @Order(4)
    void sameMeetingToldWithAnotherVerbIsOneRecord() {
        long before = count(Visit.class);

        ingestor.ingest("hun-sen.txt", "Chiều 25/7/2024 tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính tiếp Chủ tịch "
                + "Thượng viện Campuchia Hun Sen.", null, null);

        assertThat(count(Visit.class)).isEqualTo(before);
    }

    @Test
    @Order(5)
    void differentCounterpartOnTheSameDayIsAnotherRecord() {
        long before = count(Visit.class);

        ingestor.ingest("hun-manet.txt", "Chiều 25/7/2024 tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính tiếp Thủ tướng "
                + "Campuchia Hun Manet.", null, null);

        assertThat(count(Visit.class)).isEqualTo(before + 1);
    }

    private void mergeEverySeedAgain() {
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> session
                .createSelectionQuery("select id from Document where name like '00%' order by name", String.class)
                .getResultList());
        assertThat(ids).hasSize(5);
        for (String id : ids) {
            QuarkusTransaction.requiringNew().run(() -> {
                Document document = session.find(Document.class, id);
                merger.merge(id, DocumentIngestor.extract(document));
            });
        }
    }

    /** Every record's id with its number of sources. */
    private Map<String, Integer> snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Integer> out = new TreeMap<>();
            session.createSelectionQuery("from Visit", Visit.class).getResultList()
                    .forEach(v -> out.put("visit " + v.getId(), v.getSources().size()));
            session.createSelectionQuery("from Participant", Participant.class).getResultList()
                    .forEach(p -> out.put("participant " + p.getId(), p.getSources().size()));
            session.createSelectionQuery("from Partnership", Partnership.class).getResultList()
                    .forEach(p -> out.put("partnership " + p.getId(), p.getSources().size()));
            session.createSelectionQuery("from Agreement", Agreement.class).getResultList()
                    .forEach(a -> out.put("agreement " + a.getId(), a.getSources().size()));
            return out;
        });
    }

    private List<String> tripIds(String countries, int month) {
        return QuarkusTransaction.requiringNew().call(() -> session.createSelectionQuery(
                        "select id from Visit where countrySet = :c and category = TRIP and startMonth = :m", String.class)
                .setParameter("c", countries).setParameter("m", month).getResultList());
    }

    private long count(Class<?> kind) {
        return QuarkusTransaction.requiringNew().call(() -> session
                .createSelectionQuery("select count(*) from " + kind.getSimpleName(), Long.class).getSingleResult());
    }
}
