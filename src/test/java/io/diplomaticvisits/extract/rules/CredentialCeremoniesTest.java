package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.VisitParticipant;
import io.diplomaticvisits.extract.model.VisitRecord;
import io.diplomaticvisits.extract.model.VisitType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.diplomaticvisits.extract.rules.Extractions.extract;
import static io.diplomaticvisits.extract.rules.Extractions.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A head of state receiving the credentials of several new ambassadors at one ceremony: one reception of each
 * ambassador, however the list is written. Sentences written for these tests.
 */
class CredentialCeremoniesTest {

    private static final PartialDate DEC_3 = PartialDate.of(2024, 12, 3);

    @Test
    void ambassadorsListedByCountryThenNameAreEachReceived() {
        ExtractionResult r = extract("At a ceremony at the Presidential Palace on Tuesday (Dec. 3), President Luong "
                + "Cuong received the credentials of the newly appointed ambassadors of Argentina, Marcelo Suárez "
                + "Salvia; Kenya, Grace Wambui Kamau; Norway, Siri Lindahl Nordvik; and Mongolia, Gombosuren "
                + "Enkhbayar.", PartialDate.of(2024, 12, 6));
        List<VisitRecord> receptions = ofType(r, VisitType.RECEPTION);
        assertThat(receptions).extracting(v -> v.guestCountry()).containsExactlyInAnyOrder("AR", "KE", "NO", "MN");
        assertThat(receptions).allSatisfy(v -> {
            assertThat(v.hostCountry()).isEqualTo("VN");
            assertThat(v.start()).isEqualTo(DEC_3);
        });
        VisitRecord kenya = receptions.stream().filter(v -> v.guestCountry().equals("KE")).findFirst().orElseThrow();
        assertThat(kenya.participants()).extracting(VisitParticipant::name)
                .containsExactlyInAnyOrder("Lương Cường", "Grace Wambui Kamau");
        assertThat(r.participants()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Siri Lindahl Nordvik");
            assertThat(p.country()).isEqualTo("NO");
            assertThat(p.titles()).contains("Ambassador");
        });
    }

    @Test
    void ambassadorsNamedByCountryAloneAreEachAReception() {
        ExtractionResult r = extract("State President Luong Cuong received credentials from newly-appointed "
                + "ambassadors of Argentina, Kenya, Norway and Mongolia at a ceremony in Hanoi on December 3.",
                PartialDate.of(2024, 12, 4));
        assertThat(ofType(r, VisitType.RECEPTION)).extracting(VisitRecord::guestCountry)
                .containsExactlyInAnyOrder("AR", "KE", "NO", "MN");
    }

    @Test
    void aListAfterGomNamesTheAmbassadorsReceived() {
        ExtractionResult r = extract("Chiều 3/12, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Đại sứ các "
                + "nước đến trình Quốc thư nhân dịp nhận nhiệm vụ tại Việt Nam, gồm: Đại sứ Argentina Marcelo Suárez "
                + "Salvia; Đại sứ Kenya Grace Wambui Kamau; Đại sứ Na Uy Siri Lindahl Nordvik.",
                PartialDate.of(2024, 12, 3));
        List<VisitRecord> receptions = ofType(r, VisitType.RECEPTION);
        assertThat(receptions).extracting(VisitRecord::guestCountry).containsExactlyInAnyOrder("AR", "KE", "NO");
        assertThat(receptions).allSatisfy(v -> assertThat(v.start()).isEqualTo(DEC_3));
    }

    @Test
    void receivingTheCredentialsOfEachNamedAmbassadorIsAReception() {
        ExtractionResult r = extract("Ngày 3/12, Chủ tịch nước Lương Cường đã tiếp nhận Quốc thư của Đại sứ "
                + "Argentina Marcelo Suárez Salvia, Đại sứ Kenya Grace Wambui Kamau và Đại sứ Na Uy Siri Lindahl "
                + "Nordvik.", PartialDate.of(2024, 12, 3));
        assertThat(ofType(r, VisitType.RECEPTION)).extracting(VisitRecord::guestCountry)
                .containsExactlyInAnyOrder("AR", "KE", "NO");
    }

    @Test
    void aCeremonyForTheAmbassadorsOfListedCountriesIsAReceptionOfEach() {
        ExtractionResult r = extract("Chiều 3/12, Chủ tịch nước Lương Cường chủ trì lễ tiếp nhận Quốc thư của Đại "
                + "sứ các nước Argentina, Kenya, Na Uy và Mông Cổ.", PartialDate.of(2024, 12, 3));
        assertThat(ofType(r, VisitType.RECEPTION)).extracting(VisitRecord::guestCountry)
                .containsExactlyInAnyOrder("AR", "KE", "NO", "MN");
    }

    @Test
    void receivingAidIsStillNoReception() {
        ExtractionResult r = extract("Ngày 3/12, Bộ Y tế đã tiếp nhận lô vật tư y tế do Chính phủ Nhật Bản viện trợ.",
                PartialDate.of(2024, 12, 3));
        assertThat(ofType(r, VisitType.RECEPTION)).isEmpty();
    }

    @Test
    void anAmbassadorsFarewellCallIsInTheCountryOfPosting() {
        ExtractionResult r = extract("Outgoing Mongolian Ambassador Battsetseg Namsrai paid a farewell call on Vice "
                + "President Vo Thi Anh Xuan on Monday.", PartialDate.of(2025, 2, 17));
        assertThat(r.visits()).singleElement().satisfies(v -> {
            assertThat(v.guestCountry()).isEqualTo("MN");
            assertThat(v.hostCountry()).isEqualTo("VN");
            assertThat(v.start()).isEqualTo(PartialDate.of(2025, 2, 17));
        });
        ExtractionResult ours = extract("Đại sứ Việt Nam tại Tây Ban Nha Đỗ Minh Quân chào từ biệt Bộ trưởng Ngoại giao "
                + "Tây Ban Nha José Manuel Albares ngày 18/2.", PartialDate.of(2025, 2, 19));
        assertThat(ours.visits()).singleElement().satisfies(v -> {
            assertThat(v.guestCountry()).isEqualTo("VN");
            assertThat(v.hostCountry()).isEqualTo("ES");
        });
    }

    @Test
    void anAmbassadorPresentingCredentialsAbroadIsReceivedThere() {
        ExtractionResult r = extract("Vietnamese Ambassador Do Minh Quan presented his credentials to King Felipe VI of "
                + "Spain at the Royal Palace in Madrid on Tuesday.", PartialDate.of(2025, 2, 19));
        assertThat(ofType(r, VisitType.RECEPTION)).singleElement().satisfies(v -> {
            assertThat(v.guestCountry()).isEqualTo("VN");
            assertThat(v.hostCountry()).isEqualTo("ES");
            assertThat(v.start()).isEqualTo(PartialDate.of(2025, 2, 18));
        });
        ExtractionResult vi = extract("Ngày 3/7 (giờ địa phương), tại Phủ Tổng thống ở Nairobi, Đại sứ Việt Nam tại Kenya "
                + "Đỗ Đức Thành đã trình Quốc thư lên Tổng thống William Ruto.", PartialDate.of(2025, 7, 6));
        assertThat(ofType(vi, VisitType.RECEPTION)).singleElement().satisfies(v -> {
            assertThat(v.countries()).as("the country of the ambassador's posting").containsExactly("KE", "VN");
            assertThat(v.hostCountry()).isEqualTo("KE");
        });
    }
}
