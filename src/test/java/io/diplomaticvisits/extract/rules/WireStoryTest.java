package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.VisitRecord;
import io.diplomaticvisits.extract.model.VisitType;
import org.junit.jupiter.api.Test;

import static io.diplomaticvisits.extract.rules.Extractions.extract;
import static io.diplomaticvisits.extract.rules.Extractions.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How wire stories and foreign readouts tell events: weekdays instead of dates, the passive voice, the date under
 * the page's menu. Sentences written for these tests.
 */
class WireStoryTest {

    @Test
    void aGuestReceivedByAVietnameseLeaderIsTheGuest() {
        ExtractionResult r = extract("Later on Friday, Australian Prime Minister Anthony Albanese was received by Prime "
                + "Minister Pham Minh Chinh at the Government Office in Hanoi.", PartialDate.of(2026, 6, 5));
        VisitRecord reception = ofType(r, VisitType.RECEPTION).get(0);
        assertThat(reception.hostCountry()).isEqualTo("VN");
        assertThat(reception.guestCountry()).isEqualTo("AU");
        assertThat(reception.start()).isEqualTo(PartialDate.of(2026, 6, 5));
    }

    @Test
    void aVietnameseLeaderWarmlyWelcomedAbroadIsTheGuest() {
        ExtractionResult r = extract("On Tuesday, President Luong Cuong was warmly welcomed by Chilean President "
                + "Gabriel Boric at La Moneda Palace in Santiago.", PartialDate.of(2026, 11, 12));
        VisitRecord reception = ofType(r, VisitType.RECEPTION).get(0);
        assertThat(reception.hostCountry()).isEqualTo("CL");
        assertThat(reception.guestCountry()).isEqualTo("VN");
        assertThat(reception.start()).isEqualTo(PartialDate.of(2026, 11, 10));
    }

    @Test
    void aTripFromOneWeekdayUntilAnotherSpansTheDaysBetween() {
        ExtractionResult r = extract("HANOI, Nov 13 (Reuters) - South African President Cyril Ramaphosa flew into "
                + "Hanoi on Wednesday for a state visit lasting until Friday.", PartialDate.of(2026, 11, 13));
        VisitRecord trip = ofType(r, VisitType.STATE_VISIT).get(0);
        assertThat(trip.start()).isEqualTo(PartialDate.of(2026, 11, 11));
        assertThat(trip.end()).isEqualTo(PartialDate.of(2026, 11, 13));
        assertThat(trip.guestCountry()).isEqualTo("ZA");
    }

    @Test
    void aMeetingTheVisitorIsScheduledForIsOnTheComingWeekday() {
        ExtractionResult r = extract("South African President Cyril Ramaphosa is also scheduled to meet Communist Party General Secretary To Lam "
                + "on Saturday in Hanoi.", PartialDate.of(2026, 11, 13));
        VisitRecord meeting = ofType(r, VisitType.MEETING).get(0);
        assertThat(meeting.start()).isEqualTo(PartialDate.of(2026, 11, 14));
        assertThat(meeting.countries()).containsExactly("VN", "ZA");
    }

    @Test
    void theVisitorNamedByATitleAloneMeetsEachLeaderNamedInApposition() {
        ExtractionResult r = extract("Prime Minister Mark Carney of Canada today announced new support for clean "
                + "energy in Southeast Asia.\n\nThe Prime Minister is in Vietnam on an official visit from May 4 to 6, "
                + "at the invitation of Prime Minister Pham Minh Chinh.\n\nLater in the day, the Prime Minister met "
                + "with the President of Vietnam, Luong Cuong, and with the General Secretary of the Communist Party "
                + "of Vietnam, To Lam.", PartialDate.of(2026, 5, 5));
        VisitRecord trip = ofType(r, VisitType.OFFICIAL_VISIT).get(0);
        assertThat(trip.participants()).extracting(p -> p.name() + "/" + p.role()).contains("Mark Carney/GUEST");
        assertThat(ofType(r, VisitType.MEETING)).hasSize(2).allSatisfy(m -> {
            assertThat(m.guestCountry()).isEqualTo("CA");
            assertThat(m.participants()).extracting(p -> p.name()).contains("Mark Carney");
        });
        assertThat(ofType(r, VisitType.MEETING)).flatExtracting(VisitRecord::participants)
                .extracting(p -> p.name()).contains("Lương Cường", "Tô Lâm");
    }

    @Test
    void aTitleOfAnotherPersonBeforeTheVerbIsNoVisitor() {
        ExtractionResult r = extract("Prime Minister Mark Carney of Canada is in Vietnam on an official visit from "
                + "May 4 to 6.\n\nOn May 5, the Minister of Finance met with the Governor of the State Bank of "
                + "Vietnam, Nguyen Thi Hong.", PartialDate.of(2026, 5, 5));
        assertThat(ofType(r, VisitType.MEETING)).isEmpty();
    }

    @Test
    void foreignMinistryEntriesNameTheirCallsAndCourtesyCalls() {
        ExtractionResult r = extract("Ministry of Foreign Affairs of Japan\n\n2024\n\nOctober 4\n\nOn October 4, "
                + "Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Bui "
                + "Thanh Son, Deputy Prime Minister and Minister for Foreign Affairs of Viet Nam.\n\nMay 23\n\nOn "
                + "May 23, Mr. KISHIDA Fumio, Prime Minister of Japan, received a courtesy call in Tokyo from H.E. Mr. "
                + "Tran Luu Quang, Deputy Prime Minister of Viet Nam.", null);
        VisitRecord call = ofType(r, VisitType.PHONE_CALL).get(0);
        assertThat(call.start()).isEqualTo(PartialDate.of(2024, 10, 4));
        assertThat(call.participants()).extracting(p -> p.name()).contains("Iwaya Takeshi", "Bùi Thanh Sơn");
        VisitRecord courtesyCall = ofType(r, VisitType.MEETING).get(0);
        assertThat(courtesyCall.start()).isEqualTo(PartialDate.of(2024, 5, 23));
        assertThat(courtesyCall.hostCountry()).isEqualTo("JP");
        assertThat(courtesyCall.participants()).extracting(p -> p.name()).contains("Kishida Fumio");
    }

    @Test
    void theMeetingReferredToAgainIsNoNewMeeting() {
        ExtractionResult r = extract("Thai Foreign Minister Maris Sangiampongsa is on an official visit to Vietnam "
                + "from February 19 to 21.\n\nOn February 20, Foreign Minister Bui Thanh Son and Thai Foreign Minister Maris "
                + "Sangiampongsa co-chaired the fourth session of the Vietnam-Thailand Joint Commission in Hanoi.\n\nSpeaking at the "
                + "meeting, Son said trade had grown strongly.\n\nAt the end of the meeting, the two ministers "
                + "signed the minutes of the session.", PartialDate.of(2026, 2, 21));
        assertThat(r.visits()).extracting(VisitRecord::type)
                .containsExactlyInAnyOrder(VisitType.OFFICIAL_VISIT, VisitType.CONFERENCE);
    }

    @Test
    void flyingIntoAVietnameseCityIsAVisit() {
        ExtractionResult r = extract("Chilean President Gabriel Boric flew into Hanoi on Sunday.",
                PartialDate.of(2026, 3, 3));
        assertThat(r.visits()).singleElement().satisfies(v -> {
            assertThat(v.type()).isEqualTo(VisitType.VISIT);
            assertThat(v.guestCountry()).isEqualTo("CL");
            assertThat(v.start()).isEqualTo(PartialDate.of(2026, 3, 1));
        });
    }

    @Test
    void theVisitorByTitleAfterARecalledTripAbroadIsStillTheVisitor() {
        ExtractionResult r = extract("Japanese Prime Minister Ishiba Shigeru arrived in Hanoi on January 15 for an "
                + "official visit to Vietnam.\n\nIshiba recalled that Chinh had travelled to Hiroshima in May 2023.\n\n"
                + "On January 16, the Japanese Prime Minister also paid courtesy calls on State President Luong Cuong and "
                + "National Assembly Chairman Tran Thanh Man. Kenyan President William Ruto then met Tran Thanh Man.",
                null);
        assertThat(ofType(r, VisitType.MEETING)).filteredOn(m -> m.countries().contains("JP")).hasSize(2)
                .allSatisfy(m -> assertThat(m.participants()).extracting(p -> p.name()).contains("Ishiba Shigeru"));
    }

    @Test
    void theDateThatOpensTheSentenceBeatsABareYearAfterTheVerb() {
        ExtractionResult r = extract("On Tuesday afternoon, National Assembly Chairman Tran Thanh Man received "
                + "Ambassador of the Republic of Korea to Vietnam Choi Young-sam, who came to brief him on exchanges "
                + "this year.", PartialDate.of(2026, 3, 12));
        assertThat(ofType(r, VisitType.RECEPTION)).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2026, 3, 10)));
    }

    @Test
    void aMinisterWithPortfoliosListedAfterACommaIsTheVisitorAndTheMinisterOfLaterSentences() {
        ExtractionResult r = extract("Madrid, 26 November 2024\n\nThe Minister for Foreign Affairs, European Union and "
                + "Cooperation of Spain, José Manuel Albares, is making an official visit to Viet Nam from 24 to 27 "
                + "November.\n\nOn Monday, the minister was received by the Prime Minister of Viet Nam, Pham Minh "
                + "Chinh.\n\nOn Wednesday, the last day of his visit, the minister will meet the Chairman of the "
                + "National Assembly, Tran Thanh Man.", null);
        VisitRecord trip = ofType(r, VisitType.OFFICIAL_VISIT).get(0);
        assertThat(trip.participants()).extracting(p -> p.name() + "/" + p.country() + "/" + p.role())
                .contains("José Manuel Albares/ES/GUEST");
        VisitRecord reception = ofType(r, VisitType.RECEPTION).get(0);
        assertThat(reception.start()).isEqualTo(PartialDate.of(2024, 11, 25));
        assertThat(reception.participants()).extracting(p -> p.name()).contains("José Manuel Albares", "Phạm Minh Chính");
        VisitRecord meeting = ofType(r, VisitType.MEETING).get(0);
        assertThat(meeting.start()).isEqualTo(PartialDate.of(2024, 11, 27));
        assertThat(meeting.participants()).extracting(p -> p.name()).contains("José Manuel Albares", "Trần Thanh Mẫn");
    }

    @Test
    void aGuestWhoCalledOnOneLeaderAndMetOthersMetEachOfThem() {
        ExtractionResult r = extract("Posted on: 06 May 2025\n\n1. At the invitation of H.E. Luong Cuong, President of "
                + "Viet Nam, H.E. Anura Kumara Disanayaka, President of the Democratic Socialist Republic of Sri Lanka, "
                + "paid a State Visit to Viet Nam from 04 to 06 May 2025.\n\n"
                + "2. President Disanayaka was accorded a ceremonial welcome in Ha Noi on 05 May 2025, which was "
                + "followed by official talks between the two Presidents.\n\n"
                + "3. On the same day, President Disanayaka called on H.E. To Lam, General Secretary of the Communist "
                + "Party of Viet Nam, and met with H.E. Pham Minh Chinh, Prime Minister of Viet Nam, and H.E. Tran "
                + "Thanh Man, Chairman of the National Assembly of Viet Nam.", null);
        assertThat(ofType(r, VisitType.TALKS)).singleElement().satisfies(t -> {
            assertThat(t.start()).isEqualTo(PartialDate.of(2025, 5, 5));
            assertThat(t.countries()).containsExactly("LK", "VN");
        });
        assertThat(ofType(r, VisitType.MEETING)).hasSize(3).allSatisfy(m -> {
            assertThat(m.start()).isEqualTo(PartialDate.of(2025, 5, 5));
            assertThat(m.participants()).extracting(p -> p.name()).contains("Anura Kumara Disanayaka");
        });
        assertThat(ofType(r, VisitType.MEETING)).flatExtracting(VisitRecord::participants).extracting(p -> p.name())
                .contains("Tô Lâm", "Phạm Minh Chính", "Trần Thanh Mẫn");
    }

    @Test
    void callingOnSomeoneToActIsNoMeeting() {
        ExtractionResult r = extract("Prime Minister Pham Minh Chinh called on Japanese Prime Minister Shigeru Ishiba "
                + "to open the market to Vietnamese fruit.", PartialDate.of(2025, 5, 6));
        assertThat(r.visits()).isEmpty();
    }

    @Test
    void aVirtualSummitIsACallOnItsDay() {
        ExtractionResult r = extract("16/05/2025 - 14:35\n\nOn the morning of May 16, Prime Minister Pham Minh Chinh "
                + "held a virtual summit with Prime Minister of the Kingdom of Spain Pedro Sánchez.\n\nAt the end of the "
                + "summit, the two Prime Ministers adopted the Joint Statement on the Action Programme for the "
                + "Strategic Partnership.", null);
        assertThat(ofType(r, VisitType.PHONE_CALL)).singleElement().satisfies(c -> assertThat(c.start())
                .isEqualTo(PartialDate.of(2025, 5, 16)));
        assertThat(r.agreements()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(io.diplomaticvisits.extract.model.AgreementType.JOINT_STATEMENT);
            assertThat(a.date()).isEqualTo(PartialDate.of(2025, 5, 16));
        });
    }

    @Test
    void aTripToldOnOneDayThenOverItsWholeRangeIsOneTripAndHeIsItsVisitor() {
        ExtractionResult r = extract("Issued on: 26/05/2025 - 18:32\n\nFrench President Emmanuel Macron kicked off a "
                + "state visit to Vietnam on Monday.\n\nMacron, who landed in Hanoi late Sunday, is on a state visit to "
                + "Vietnam from May 25 to 27 at the invitation of Luong Cuong.\n\nOn Monday afternoon, Macron called on "
                + "To Lam at the Party headquarters. He then met Prime Minister Pham Minh Chinh at the Government "
                + "Office.", null);
        assertThat(ofType(r, VisitType.STATE_VISIT)).singleElement().satisfies(trip -> {
            assertThat(trip.start()).isEqualTo(PartialDate.of(2025, 5, 25));
            assertThat(trip.end()).isEqualTo(PartialDate.of(2025, 5, 27));
        });
        assertThat(ofType(r, VisitType.MEETING)).hasSize(2).allSatisfy(m -> {
            assertThat(m.start()).isEqualTo(PartialDate.of(2025, 5, 26));
            assertThat(m.participants()).extracting(p -> p.name()).contains("Emmanuel Macron");
        });
    }

    @Test
    void aVisitorNamedBeforeAnAsideMeetsTheLeaderAfterIt() {
        ExtractionResult r = extract("HANOI, April 22 (Reuters) - U.S. Secretary of State Marco Rubio met Party chief To "
                + "Lam on Tuesday. Rubio, on his first visit to Vietnam as America's top diplomat, also met Prime "
                + "Minister Pham Minh Chinh.", PartialDate.of(2025, 4, 22));
        VisitRecord meeting = ofType(r, VisitType.MEETING).stream()
                .filter(v -> v.participants().stream().anyMatch(p -> p.name().equals("Phạm Minh Chính")))
                .findFirst().orElseThrow();
        assertThat(meeting.countries()).containsExactly("US", "VN");
        assertThat(meeting.start()).as("also met: on the day of the meeting told before")
                .isEqualTo(PartialDate.of(2025, 4, 22));
    }

    @Test
    void twoVisitorsJoinedByAndWhoCallOnALeaderMeetHimEach() {
        ExtractionResult r = extract("Prime Minister Pham Minh Chinh paid a State Visit to India from 30 July to 1 August "
                + "2024. He called on the President of India, Smt. Droupadi Murmu. Vice President Shri Jagdeep Dhankhar "
                + "and External Affairs Minister Dr. S. Jaishankar called on Prime Minister Pham Minh Chinh.",
                PartialDate.of(2024, 8, 2));
        assertThat(ofType(r, VisitType.MEETING)).flatExtracting(VisitRecord::participants)
                .extracting(p -> p.name()).contains("Droupadi Murmu", "Jagdeep Dhankhar", "S. Jaishankar");
        assertThat(ofType(r, VisitType.MEETING)).hasSize(3).allSatisfy(v -> assertThat(v.hostCountry()).isEqualTo("IN"));
    }

    @Test
    void aVisitorNamedByAPronounBeforeAPassiveReceptionIsTheGuest() {
        ExtractionResult r = extract("Danish Prime Minister Mette Frederiksen paid an official visit to Vietnam from 21 to "
                + "23 October. On Wednesday, Prime Minister Frederiksen held talks with Prime Minister Pham Minh Chinh in "
                + "Hanoi. The same afternoon she was received by General Secretary To Lam.", PartialDate.of(2025, 10, 24));
        VisitRecord reception = ofType(r, VisitType.RECEPTION).get(0);
        assertThat(reception.guestCountry()).isEqualTo("DK");
        assertThat(reception.participants()).extracting(p -> p.name()).contains("Tô Lâm", "Mette Frederiksen");
        assertThat(reception.start()).isEqualTo(PartialDate.of(2025, 10, 22));
    }
}
