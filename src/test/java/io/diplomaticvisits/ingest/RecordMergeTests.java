package io.diplomaticvisits.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.IsolatedStore;
import io.diplomaticvisits.domain.Agreement;
import io.diplomaticvisits.domain.Document;
import io.diplomaticvisits.domain.Participant;
import io.diplomaticvisits.domain.Partnership;
import io.diplomaticvisits.domain.Visit;
import io.diplomaticvisits.domain.VisitFilter;
import io.diplomaticvisits.domain.VisitRepository;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.Language;
import io.diplomaticvisits.extract.model.Location;
import io.diplomaticvisits.extract.model.ParticipantRecord;
import io.diplomaticvisits.extract.model.ParticipantRole;
import io.diplomaticvisits.extract.model.SourceRef;
import io.diplomaticvisits.extract.model.VisitParticipant;
import io.diplomaticvisits.extract.model.VisitRecord;
import io.diplomaticvisits.extract.model.VisitStatus;
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

    @Inject
    VisitRepository visits;

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

    @Test
    @Order(6)
    void aNameLearntFromALaterDocumentFindsTheEarlierVisitsOfThatPerson() {
        String first = ingestor.ingest("kelt-1.txt", "Zorbanu Kelt visited Hanoi.", null, null).documentId();
        String second = ingestor.ingest("kelt-2.txt", "Zorbanu Kelt, called the Elder.", null, null).documentId();
        SourceRef visitSource = new SourceRef(first, "Zorbanu Kelt visited Hanoi.", 0, 27);
        SourceRef aliasSource = new SourceRef(second, "Zorbanu Kelt, called the Elder.", 0, 31);
        VisitRecord visit = new VisitRecord(VisitType.OFFICIAL_VISIT, VisitStatus.HELD, "NZ", "VN", List.of("NZ", "VN"),
                new Location("Hanoi", "VN"), PartialDate.of(2031, 5, 4), PartialDate.of(2031, 5, 6),
                List.of(new VisitParticipant("Zorbanu Kelt", "NZ", ParticipantRole.GUEST)), List.of(visitSource), 0.9);

        QuarkusTransaction.requiringNew().run(() -> merger.merge(first, new ExtractionResult(Language.EN, List.of(visit),
                List.of(new ParticipantRecord("Zorbanu Kelt", List.of(), "NZ", List.of(), List.of(visitSource), 0.9)),
                List.of(), List.of())));
        QuarkusTransaction.requiringNew().run(() -> merger.merge(second, new ExtractionResult(Language.EN, List.of(),
                List.of(new ParticipantRecord("Zorbanu Kelt", List.of("Elder Kelt"), "NZ", List.of(),
                        List.of(aliasSource), 0.9)), List.of(), List.of())));

        List<String> found = QuarkusTransaction.requiringNew().call(() -> visits.search(
                new VisitFilter(null, null, null, List.of(), null, null, null, null, null, "elder kelt", false), 0, 10)
                .items().stream().map(Visit::getId).toList());
        assertThat(found).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> session.find(Visit.class, found.get(0)).getStart()))
                .isEqualTo(PartialDate.of(2031, 5, 4));
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
