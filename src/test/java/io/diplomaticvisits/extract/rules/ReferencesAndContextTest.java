package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.model.AgreementRecord;
import io.diplomaticvisits.extract.model.AgreementType;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.VisitRecord;
import io.diplomaticvisits.extract.model.VisitType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.diplomaticvisits.extract.rules.Extractions.extract;
import static io.diplomaticvisits.extract.rules.Extractions.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a sentence borrows from the text before it: a person named in full before and later by one word, the event
 * of the present after a recalled one, the pair a sentence opens on. Sentences written for these tests.
 */
class ReferencesAndContextTest {

    @Test
    void aForeignLeaderNamedInFullBeforeIsFoundByTheSurnameAlone() {
        ExtractionResult r = extract("Chilean President Gabriel Boric held talks with State President Luong Cuong in "
                + "Hanoi on March 3.\n\nIn the afternoon, Prime Minister Pham Minh Chinh received Boric at the "
                + "Government Office.\n\nLater the same day, Boric met National Assembly Chairman Tran Thanh Man.",
                PartialDate.of(2026, 3, 4));
        VisitRecord reception = ofType(r, VisitType.RECEPTION).get(0);
        assertThat(reception.participants()).extracting(p -> p.name() + "/" + p.role())
                .containsExactlyInAnyOrder("Phạm Minh Chính/HOST", "Gabriel Boric/GUEST");
        VisitRecord meeting = ofType(r, VisitType.MEETING).get(0);
        assertThat(meeting.start()).isEqualTo(PartialDate.of(2026, 3, 3));
        assertThat(meeting.participants()).extracting(p -> p.name()).contains("Gabriel Boric", "Trần Thanh Mẫn");
    }

    @Test
    void aFamilyNameFirstIsFoundAloneToo() {
        ExtractionResult r = extract("Japanese Prime Minister Kishida Fumio arrived in Hanoi on May 4 for an official "
                + "visit.\n\nGeneral Secretary To Lam received Kishida on May 5.", PartialDate.of(2026, 5, 6));
        assertThat(ofType(r, VisitType.RECEPTION)).singleElement().satisfies(v -> assertThat(v.participants())
                .extracting(p -> p.name()).contains("Kishida Fumio"));
    }

    @Test
    void aVietnameseWordThatIsAlsoPartOfAKnownNameIsNoPersonInVietnameseText() {
        ExtractionResult r = extract("Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio tại Hà Nội "
                + "ngày 4/5.\n\nChính phủ hai nước nhất trí tăng cường hợp tác.", PartialDate.of(2026, 5, 6));
        assertThat(r.visits()).hasSize(1);
        assertThat(r.participants()).extracting(p -> p.name())
                .containsExactlyInAnyOrder("Phạm Minh Chính", "Kishida Fumio");
    }

    @Test
    void aCityThatIsPartOfAPersonsNameIsNotWhereTheyMet() {
        ExtractionResult r = extract("On June 2, Thai Prime Minister Paetongtarn Shinawatra met National Assembly "
                + "Chairman Vuong Dinh Hue in Hanoi.", PartialDate.of(2024, 6, 3));
        VisitRecord meeting = ofType(r, VisitType.MEETING).get(0);
        assertThat(meeting.location().city()).isEqualTo("Hanoi");
        assertThat(meeting.hostCountry()).isEqualTo("VN");
    }

    @Test
    void aLandmarkWrittenWithOtherCapitalsLeavesTheCityAfterItFound() {
        ExtractionResult r = extract("On June 2, Prime Minister Pham Minh Chinh met Thai Prime Minister Paetongtarn "
                + "Shinawatra at the Government headquarters in Hanoi.", PartialDate.of(2024, 6, 3));
        VisitRecord meeting = ofType(r, VisitType.MEETING).get(0);
        assertThat(meeting.location().city()).isEqualTo("Hanoi");
        assertThat(meeting.guestCountry()).isEqualTo("TH");
    }

    @Test
    void talksOfThePairTheSentenceOpensOnAreTalks() {
        ExtractionResult r = extract("Party General Secretary To Lam and Singaporean Prime Minister Lawrence Wong "
                + "agreed to deepen cooperation in the digital economy at their talks in Singapore on March 12.",
                PartialDate.of(2025, 3, 13));
        VisitRecord talks = ofType(r, VisitType.TALKS).get(0);
        assertThat(talks.countries()).containsExactly("SG", "VN");
        assertThat(talks.guestCountry()).isEqualTo("VN");
        assertThat(talks.start()).isEqualTo(PartialDate.of(2025, 3, 12));
    }

    @Test
    void documentsSignedAfterARecalledVisitAreDatedByTheVisitOfThePresent() {
        ExtractionResult r = extract("Prime Minister Pham Minh Chinh held talks with Chilean President Gabriel Boric in "
                + "Hanoi on March 3.\n\nBoric recalled his official visit to Vietnam in November 2019.\n\n"
                + "After the talks, the two leaders witnessed the signing of a memorandum of understanding on mining "
                + "cooperation.", PartialDate.of(2026, 3, 4));
        AgreementRecord mou = r.agreements().stream().filter(a -> a.type() == AgreementType.MOU).findFirst()
                .orElseThrow();
        assertThat(mou.date()).isEqualTo(PartialDate.of(2026, 3, 3));
    }

    @Test
    void theSameDayIsTheDayOfTheLastEventOfThePresentNotOfARecalledOne() {
        ExtractionResult r = extract("President Luong Cuong held talks with Chilean President Gabriel Boric in Hanoi on "
                + "March 3.\n\nThe visit comes after President Boric's trip to Vietnam in November 2019.\n\n"
                + "On the afternoon of the same day, General Secretary To Lam received Boric.",
                PartialDate.of(2026, 3, 4));
        assertThat(ofType(r, VisitType.RECEPTION)).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2026, 3, 3)));
    }

    @Test
    void talksOfTheTwoLeadersAreHeldBetweenTheSidesOfTheTripTheTextIsAbout() {
        ExtractionResult r = extract("Thủ tướng Campuchia Hun Manet thăm chính thức Việt Nam từ ngày 11 đến 12/12/2023 "
                + "theo lời mời của Thủ tướng Phạm Minh Chính.\n\nSáng 11/12, hai Thủ tướng hội đàm tại Trụ sở Chính phủ.",
                null);
        VisitRecord talks = ofType(r, VisitType.TALKS).get(0);
        assertThat(talks.start()).isEqualTo(PartialDate.of(2023, 12, 11));
        assertThat(talks.participants()).extracting(p -> p.name() + "/" + p.role())
                .containsExactlyInAnyOrder("Phạm Minh Chính/HOST", "Hun Manet/GUEST");
    }

    @Test
    void anInviterNamedWithoutCountryHostsATripAbroad() {
        ExtractionResult r = extract("President Luong Cuong is paying a state visit to Chile from November 10 to 12 at "
                + "the invitation of President Gabriel Boric.", PartialDate.of(2024, 11, 11));
        VisitRecord trip = ofType(r, VisitType.STATE_VISIT).get(0);
        assertThat(trip.participants()).extracting(p -> p.name() + "/" + p.country() + "/" + p.role())
                .contains("Gabriel Boric/CL/HOST");
    }

    @Test
    void aGuestMeetingTwoVietnameseLeadersInOneSentenceHasOneMeetingWithEach() {
        ExtractionResult r = extract("On May 6, Australian Prime Minister Anthony Albanese paid courtesy calls on "
                + "General Secretary To Lam and State President Luong Cuong in Hanoi.", PartialDate.of(2026, 5, 7));
        assertThat(ofType(r, VisitType.MEETING)).hasSize(2).allSatisfy(v -> {
            assertThat(v.hostCountry()).isEqualTo("VN");
            assertThat(v.start()).isEqualTo(PartialDate.of(2026, 5, 6));
        });
    }

    @Test
    void theDateOfTakingOfficeIsNotTheDateOfTheVisit() {
        ExtractionResult r = extract("Tổng thống Sri Lanka thăm cấp Nhà nước Việt Nam từ ngày 4 đến 6/5/2025.\n\n"
                + "Đây là chuyến thăm Việt Nam đầu tiên của ông kể từ khi nhậm chức vào tháng 9/2024.", null);
        assertThat(r.visits()).singleElement().satisfies(v -> {
            assertThat(v.type()).isEqualTo(VisitType.STATE_VISIT);
            assertThat(v.start()).isEqualTo(PartialDate.of(2025, 5, 4));
        });
    }

    @Test
    void aDayInTheMonthsOfTheTripTakesTheTripsYearAfterARecalledOne() {
        ExtractionResult r = extract("Hà Nội, 6/5 (TTXVN) - Tổng thống Sri Lanka Anura Kumara Dissanayake thăm cấp "
                + "Nhà nước Việt Nam từ ngày 4 đến 6/5/2025.\n\nHai nước từng có chuyến thăm cấp Nhà nước của Chủ tịch "
                + "nước Trương Tấn Sang tới Sri Lanka vào tháng 11/2011.\n\nChiều 5/5, Tổng Bí thư Tô Lâm hội kiến "
                + "Tổng thống Anura Kumara Dissanayake.", null);
        VisitRecord meeting = ofType(r, VisitType.MEETING).get(0);
        assertThat(meeting.start()).isEqualTo(PartialDate.of(2025, 5, 5));
    }

    @Test
    void aTripWithoutAYearIsNotMergedWithOneOfAnotherYear() {
        ExtractionResult r = extract("Thủ tướng Ấn Độ Narendra Modi thăm cấp Nhà nước Việt Nam từ ngày 2 đến 3/9.\n\n"
                + "Ông Modi từng thăm cấp Nhà nước Việt Nam vào tháng 9/2016.", PartialDate.of(2026, 9, 3));
        assertThat(ofType(r, VisitType.STATE_VISIT)).extracting(v -> v.start().year())
                .containsExactlyInAnyOrder(2026, 2016);
    }

    @Test
    void aPartnershipTheTwoCountriesSetUpIsWithTheCountryTheTextIsAbout() {
        ExtractionResult r = extract("Kenyan President William Ruto held talks with President Luong Cuong in Hanoi on "
                + "April 4.\n\nThe two leaders noted that ties have grown since the two countries established a "
                + "Comprehensive Partnership in 2019.", PartialDate.of(2026, 4, 5));
        assertThat(r.partnerships()).singleElement().satisfies(p -> {
            assertThat(p.countries()).containsExactlyInAnyOrder("VN", "KE");
            assertThat(p.since()).isEqualTo(new PartialDate(2019, null, null));
        });
    }

    @Test
    void aPartnershipNamedWithoutCountryOrDateIsNoRecord() {
        ExtractionResult r = extract("Kenyan President William Ruto held talks with President Luong Cuong in Hanoi on "
                + "April 4.\n\nThe two countries should elevate their Comprehensive Partnership.",
                PartialDate.of(2026, 4, 5));
        assertThat(r.partnerships()).isEmpty();
    }

    @Test
    void relationsRaisedAtTheTalksDateTheFramework() {
        ExtractionResult r = extract("President Luong Cuong and Kenyan President William Ruto agreed to raise bilateral "
                + "relations to a Strategic Partnership at their talks in Hanoi on April 4.", PartialDate.of(2026, 4, 5));
        assertThat(r.partnerships()).singleElement()
                .satisfies(p -> assertThat(p.since()).isEqualTo(PartialDate.of(2026, 4, 4)));
    }

    @Test
    void theDayOfADatelineIsNotTheDayOfTheEventItReports() {
        ExtractionResult r = extract("Hà Nội, 12/3 (TTXVN) - Chiều 11/3, Chủ tịch nước Lương Cường hội đàm với Tổng thống "
                + "Kenya William Ruto tại Phủ Chủ tịch.", new PartialDate(2026, null, null));
        assertThat(ofType(r, VisitType.TALKS)).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2026, 3, 11)));
    }

    @Test
    void aHostNamedWithoutCountryInTheCityOfOneOfTheTripsIsOfThatCountry() {
        ExtractionResult r = extract("Tổng Bí thư Tô Lâm thăm chính thức Kenya từ ngày 20 đến 21/4 và thăm chính thức "
                + "Tanzania từ ngày 22 đến 23/4.\n\nSáng 20/4, Tổng thống William Ruto chủ trì lễ đón chính thức Tổng Bí "
                + "thư Tô Lâm tại thủ đô Nairobi.", PartialDate.of(2026, 4, 19));
        VisitRecord reception = ofType(r, VisitType.RECEPTION).get(0);
        assertThat(reception.hostCountry()).isEqualTo("KE");
        assertThat(reception.participants()).extracting(p -> p.name() + "/" + p.country() + "/" + p.role())
                .contains("William Ruto/KE/HOST", "Tô Lâm/VN/GUEST");
    }

    @Test
    void aPalaceNamedAfterATitleIsNoPerson() {
        ExtractionResult r = extract("Sáng 20/1, Tổng thống Philippines Ferdinand Marcos Jr. chủ trì lễ đón Tổng Bí thư Tô "
                + "Lâm tại Phủ Tổng thống Malacañang ở Manila.", PartialDate.of(2026, 1, 21));
        assertThat(r.participants()).extracting(p -> p.name())
                .containsExactlyInAnyOrder("Ferdinand Marcos Jr.", "Tô Lâm");
    }

    @Test
    void aPersonTitledRightAfterAPalaceIsStillFound() {
        ExtractionResult r = extract("Ngày 17/5, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Đại sứ Kenya tại Việt "
                + "Nam Peter Mwangi đến chào từ biệt.", PartialDate.of(2026, 5, 18));
        assertThat(r.participants()).extracting(p -> p.name()).contains("Lương Cường", "Peter Mwangi");
    }

    @Test
    void attendingASummitOfManyCountriesIsATripAndNoSessionOfTwo() {
        ExtractionResult r = extract("He recalled that Prime Minister Pham Minh Chinh had travelled to Rio de Janeiro in "
                + "November 2024 to attend the outreach session of the G20 Summit hosted by Brazil, and said Brasilia "
                + "values Vietnam's voice.", PartialDate.of(2025, 3, 1));
        assertThat(ofType(r, VisitType.CONFERENCE)).isEmpty();
        assertThat(r.visits()).extracting(VisitRecord::hostCountry).containsExactly("BR");
    }

    @Test
    void aSessionOfTwoCountriesIsStillASession() {
        ExtractionResult r = extract("On March 3, Deputy Prime Minister Tran Hong Ha and Brazilian Vice President Geraldo "
                + "Alckmin co-chaired the fifth session of the Vietnam-Brazil Joint Commission in Brasilia.",
                PartialDate.of(2026, 3, 4));
        assertThat(ofType(r, VisitType.CONFERENCE)).hasSize(1);
    }

    @Test
    void aParagraphAfterARecalledTripComesBackToTheTripOfThePresent() {
        ExtractionResult r = extract("Thủ tướng Na Uy Jonas Gahr Støre thăm chính thức Việt Nam từ ngày 7 đến 9/5.\n\n"
                + "Hai Thủ tướng nhắc lại chuyến thăm chính thức Na Uy của Thủ tướng Phạm Minh Chính hồi tháng 6 năm "
                + "ngoái.\n\nBộ trưởng Nguyễn Hồng Diên hội đàm với Bộ trưởng Thương mại Na Uy Cecilie Myrseth.",
                PartialDate.of(2026, 5, 8));
        VisitRecord recalled = ofType(r, VisitType.OFFICIAL_VISIT).stream()
                .filter(v -> "NO".equals(v.hostCountry())).findFirst().orElseThrow();
        assertThat(recalled.start()).isEqualTo(PartialDate.of(2025, 6, null));
        VisitRecord talks = ofType(r, VisitType.TALKS).get(0);
        assertThat(talks.start().year()).isEqualTo(2026);
        assertThat(talks.start().month()).isEqualTo(5);
        assertThat(talks.guestCountry()).isEqualTo("NO");
    }

    @Test
    void theDayAVisitEndsOnIsPartOfTheSameTrip() {
        ExtractionResult r = extract("Thủ tướng Na Uy Jonas Gahr Støre thăm chính thức Việt Nam từ ngày 7 đến 9/5.\n\n"
                + "Tối 9/5, Thủ tướng Jonas Gahr Støre rời Hà Nội, kết thúc chuyến thăm chính thức Việt Nam.\n\n"
                + "Sau hội đàm, hai Thủ tướng gặp gỡ báo chí.", PartialDate.of(2026, 5, 9));
        assertThat(ofType(r, VisitType.OFFICIAL_VISIT)).singleElement().satisfies(v -> {
            assertThat(v.start()).isEqualTo(PartialDate.of(2026, 5, 7));
            assertThat(v.end()).isEqualTo(PartialDate.of(2026, 5, 9));
        });
        assertThat(ofType(r, VisitType.MEETING)).isEmpty();
    }

    @Test
    void thoseAlsoAttendingAReceptionHoldNoReceptionOfTheirOwnAndTiepDoIsTheSameDay() {
        ExtractionResult r = extract("Chiều 15/4, tại Hà Nội, Tổng Bí thư Tô Lâm tiếp đồng chí Salvador Valdés Mesa, "
                + "Phó Chủ tịch nước Cuba.\n\nCùng dự buổi tiếp có Đại sứ Cuba tại Việt Nam Orlando Hernández "
                + "Guillén.\n\nTiếp đó, Tổng Bí thư Tô Lâm tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki.",
                PartialDate.of(2026, 4, 16));
        List<VisitRecord> receptions = ofType(r, VisitType.RECEPTION);
        assertThat(receptions).extracting(VisitRecord::guestCountry).containsExactlyInAnyOrder("CU", "JP");
        assertThat(receptions).allSatisfy(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2026, 4, 15)));
    }

    @Test
    void aVisitBeingPreparedForAMonthAheadIsPlannedInTheComingMonth() {
        ExtractionResult r = extract("Hanoi, February 20, 2026\n\nThe two foreign ministers agreed to speed up "
                + "preparations for Thai Prime Minister Anutin Charnvirakul's official visit to Vietnam in May, during "
                + "which the two countries are considering upgrading their ties to a Comprehensive Strategic "
                + "Partnership.", null);
        VisitRecord visit = ofType(r, VisitType.OFFICIAL_VISIT).get(0);
        assertThat(visit.status()).isEqualTo(io.diplomaticvisits.extract.model.VisitStatus.PLANNED);
        assertThat(visit.start()).isEqualTo(PartialDate.of(2026, 5, null));
        assertThat(r.partnerships()).isEmpty();
    }

    @Test
    void whatASentenceOpeningOnTheTalksGoesOnToTellIsOfTheTalks() {
        ExtractionResult r = extract("Prime Minister Pham Minh Chinh held talks with New Zealand Prime Minister "
                + "Christopher Luxon in Hanoi on Wednesday, February 25. Luxon is paying an official visit to Vietnam "
                + "from February 24 to 26.\n\nAt the talks, Luxon announced new support for farmers.\n\nThe two "
                + "leaders adopted a joint statement on the Comprehensive Strategic Partnership.\n\nThe same "
                + "afternoon, Luxon paid a courtesy call on General Secretary To Lam.", PartialDate.of(2026, 2, 26));
        assertThat(ofType(r, VisitType.TALKS)).hasSize(1);
        assertThat(r.agreements()).singleElement()
                .satisfies(a -> assertThat(a.date()).isEqualTo(PartialDate.of(2026, 2, 25)));
        assertThat(ofType(r, VisitType.MEETING)).singleElement()
                .satisfies(m -> assertThat(m.start()).isEqualTo(PartialDate.of(2026, 2, 25)));
    }

    @Test
    void chaoAndSangNameACourtesyCallAndATripAbroad() {
        ExtractionResult r = extract("Ngày đăng: 05/06/2026\n\nĐại tướng Phan Văn Giang thăm chính thức Lào từ ngày 4 "
                + "đến 6/6.\n\nSáng mai (6/6), Đại tướng Phan Văn Giang sẽ chào Thủ tướng Lào Sonexay Siphandone.\n\n"
                + "Cuối tháng 9 này, Tổng Bí thư Tô Lâm sẽ sang New York dự Đại hội đồng Liên hợp quốc.\n\nChiều qua, "
                + "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Lào tại Việt Nam Khamphao Ernthavanh. Lễ chào cờ "
                + "diễn ra trước đó.", null);
        assertThat(ofType(r, VisitType.MEETING)).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo(PartialDate.of(2026, 6, 6));
            assertThat(m.status()).isEqualTo(io.diplomaticvisits.extract.model.VisitStatus.PLANNED);
        });
        assertThat(r.visits()).filteredOn(v -> "US".equals(v.hostCountry())).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2026, 9, null)));
        assertThat(ofType(r, VisitType.RECEPTION)).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2026, 6, 4)));
    }

    @Test
    void theMonthSomeoneWasReElectedIsNotTheMonthOfTheTrip() {
        ExtractionResult r = extract("Đây là chuyến thăm đầu tiên của lãnh đạo cấp cao Việt Nam sang Nga sau khi Tổng "
                + "thống Putin tái cử vào tháng 3/2018.", PartialDate.of(2018, 9, 8));
        assertThat(r.visits()).isNotEmpty()
                .allSatisfy(v -> assertThat(v.start()).isNotEqualTo(PartialDate.of(2018, 3, null)));
    }

    @Test
    void aTripStillToComeDoesNotDateAnEncounterHeldNowAndMinutesOfAMeetingAreNoMeeting() {
        ExtractionResult r = extract("February 20, 2026\n\nThe ministers agreed to prepare for the Thai Prime "
                + "Minister's visit to Vietnam in May.\n\nForeign Minister Bui Thanh Son and Thai Foreign Minister "
                + "Sihasak Phuangketkeow at the fifth meeting of the Vietnam-Thailand Joint Commission in Hanoi.\n\n"
                + "At the end of the session, the two ministers signed the minutes of the fifth JCBC meeting.", null);
        assertThat(ofType(r, VisitType.CONFERENCE)).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2026, 2, null)));
        assertThat(ofType(r, VisitType.MEETING)).isEmpty();
        assertThat(r.agreements()).singleElement()
                .satisfies(a -> assertThat(a.type()).isEqualTo(io.diplomaticvisits.extract.model.AgreementType.OTHER));
    }

    @Test
    void theTwoLeadersAfterAWelcomeCeremonyAreItsSidesOnItsDay() {
        ExtractionResult r = extract("Tổng Bí thư Tô Lâm thăm chính thức Mông Cổ từ ngày 30/9 đến 1/10, sau đó sẽ thăm "
                + "chính thức Pháp từ ngày 4 đến 7/10.\n\nSáng 30/9, Tổng thống Ukhnaagiin Khurelsukh chủ trì lễ đón "
                + "chính thức Tổng Bí thư Tô Lâm tại thủ đô Ulaanbaatar. Ngay sau lễ đón, hai nhà lãnh đạo hội đàm.",
                PartialDate.of(2026, 10, 1));
        assertThat(ofType(r, VisitType.TALKS)).singleElement().satisfies(v -> {
            assertThat(v.countries()).containsExactly("MN", "VN");
            assertThat(v.start()).isEqualTo(PartialDate.of(2026, 9, 30));
        });
    }

    @Test
    void beingHonouredToWelcomeAGuestIsNoReceptionOfItsOwn() {
        ExtractionResult r = extract("Tối 24/5, Bí thư Thành ủy TP Hồ Chí Minh Nguyễn Văn Nên tiếp Tổng thống Hoa Kỳ "
                + "Barack Obama. Bí thư "
                + "Thành ủy bày tỏ vui mừng được đón Tổng thống Hoa Kỳ đến thăm thành phố.", PartialDate.of(2026, 5, 25));
        assertThat(ofType(r, VisitType.RECEPTION)).hasSize(1);
    }

    @Test
    void tiesUpgradedInTheSentenceOfTalksAreWithTheSideOfTheTalks() {
        ExtractionResult r = extract("June 18, 2025\n\n- March 9-11, 2025: Lam pays an official visit to Indonesia. He "
                + "holds talks with President Prabowo Subianto in Jakarta on March 10; ties are upgraded to a "
                + "Comprehensive Strategic Partnership.", null);
        assertThat(r.partnerships()).singleElement().satisfies(p -> {
            assertThat(p.countries()).containsExactlyInAnyOrder("VN", "ID");
            assertThat(p.since()).isEqualTo(PartialDate.of(2025, 3, 10));
        });
    }

    @Test
    void theDayATourEndedOnDoesNotStartItsLegs() {
        ExtractionResult r = extract("Thứ Bảy, 14/06/2025\n\nTối 13/6, Thủ tướng Phạm Minh Chính rời Abidjan, kết thúc "
                + "chuyến thăm chính thức Nigeria, Ghana và chuyến thăm làm việc tại Côte d'Ivoire.\n\n"
                + "Chuyến thăm chính thức Nigeria từ ngày 8 đến 10/6.\n\n"
                + "Trong hai ngày 12 và 13/6, Thủ tướng Phạm Minh Chính thăm làm việc tại Côte d'Ivoire.", null);
        assertThat(ofType(r, VisitType.WORKING_VISIT)).singleElement().satisfies(v -> {
            assertThat(v.start()).isEqualTo(PartialDate.of(2025, 6, 12));
            assertThat(v.end()).isEqualTo(PartialDate.of(2025, 6, 13));
        });
        assertThat(ofType(r, VisitType.OFFICIAL_VISIT)).filteredOn(v -> v.countries().contains("NG"))
                .singleElement().satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2025, 6, 8)));
    }

    @Test
    void aSessionTheSidesAgreeToHoldSoonIsNoSession() {
        ExtractionResult r = extract("Sáng 23/10, Thủ tướng Phạm Minh Chính gặp Tổng thống Iran Masoud Pezeshkian. Hai "
                + "bên nhất trí sớm tổ chức Kỳ họp lần thứ 11 Ủy ban hỗn hợp liên Chính phủ Việt Nam - Iran.",
                PartialDate.of(2024, 10, 24));
        assertThat(ofType(r, VisitType.CONFERENCE)).isEmpty();
        assertThat(ofType(r, VisitType.MEETING)).hasSize(1);
    }

    @Test
    void aSessionSaidToTakePlaceWithinAVisitIsTheSessionToldBefore() {
        ExtractionResult r = extract("Ngày 14/10, tại Hà Nội, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Bộ trưởng Bộ "
                + "Đầu tư và Ngoại thương Ai Cập Hassan El-Khatib đã đồng chủ trì Kỳ họp lần thứ 6 Ủy ban hỗn hợp Việt "
                + "Nam - Ai Cập.\n\nKỳ họp diễn ra trong khuôn khổ chuyến thăm và làm việc tại Việt Nam từ ngày 13 - "
                + "16/10 của Bộ trưởng Hassan El-Khatib. Trước đó, chiều 13/10, hai Bộ trưởng đã có cuộc hội đàm song "
                + "phương.\n\nCũng tại Kỳ họp, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác xúc tiến thương mại.",
                PartialDate.of(2025, 10, 14));
        assertThat(ofType(r, VisitType.CONFERENCE)).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2025, 10, 14)));
        assertThat(r.agreements()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.MOU);
            assertThat(a.date()).as("the session's day, not the talks' told after it").isEqualTo(
                    PartialDate.of(2025, 10, 14));
        });
    }

    @Test
    void theVisitorMeetingSomeoneAfterARecalledTripIsStillOnTheVisit() {
        ExtractionResult r = extract("Chiều 10/6, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội đàm với Chủ tịch "
                + "Thượng viện Kazakhstan Maulen Ashimbayev đang thăm chính thức Việt Nam từ ngày 9 đến 12/6.\n\n"
                + "Chuyến thăm diễn ra ngay sau chuyến thăm cấp Nhà nước tới Kazakhstan của Tổng Bí thư Tô Lâm hồi "
                + "tháng 5 vừa qua.\n\nPhó Chủ tịch Quốc hội Nguyễn Thị Thanh gặp Chủ tịch Thượng viện Maulen "
                + "Ashimbayev.", PartialDate.of(2025, 6, 11));
        VisitRecord meeting = ofType(r, VisitType.MEETING).get(0);
        assertThat(meeting.hostCountry()).isEqualTo("VN");
        assertThat(meeting.guestCountry()).isEqualTo("KZ");
        assertThat(meeting.start()).isEqualTo(PartialDate.of(2025, 6, null));
    }
}
