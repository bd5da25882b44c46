package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.model.AgreementRecord;
import io.diplomaticvisits.extract.model.AgreementType;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.MoneyQualifier;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.ParticipantRole;
import io.diplomaticvisits.extract.model.PartnershipLevel;
import io.diplomaticvisits.extract.model.VisitRecord;
import io.diplomaticvisits.extract.model.VisitStatus;
import io.diplomaticvisits.extract.model.VisitType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.diplomaticvisits.extract.rules.Extractions.extract;
import static io.diplomaticvisits.extract.rules.Extractions.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole pipeline on sentences written for these tests, in both languages. */
class ExtractorRulesTest {

    @Test
    void stateVisitToVietnamWithWelcomeCeremonyIsATripAndAReception() {
        ExtractionResult r = extract("Sáng 14/3/2025, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường chủ trì lễ đón "
                + "và tiếp Tổng thống Indonesia Prabowo Subianto đang thăm cấp Nhà nước Việt Nam từ ngày 13 đến 15/3/2025.");
        VisitRecord trip = ofType(r, VisitType.STATE_VISIT).get(0);
        assertThat(trip.guestCountry()).isEqualTo("ID");
        assertThat(trip.hostCountry()).isEqualTo("VN");
        assertThat(trip.start()).isEqualTo(PartialDate.of(2025, 3, 13));
        assertThat(trip.end()).isEqualTo(PartialDate.of(2025, 3, 15));
        VisitRecord reception = ofType(r, VisitType.RECEPTION).get(0);
        assertThat(reception.location().city()).isEqualTo("Hanoi");
        assertThat(reception.participants()).extracting(p -> p.name() + "/" + p.role())
                .contains("Lương Cường/HOST", "Prabowo Subianto/GUEST");
    }

    @Test
    void phoneCallInEnglishHasNoDirectionAndTakesTodayFromThePublicationDate() {
        ExtractionResult r = extract("Prime Minister Pham Minh Chinh held a phone call with Japanese Prime Minister "
                + "Shigeru Ishiba today to discuss trade and investment.", PartialDate.of(2025, 4, 2));
        VisitRecord call = ofType(r, VisitType.PHONE_CALL).get(0);
        assertThat(call.countries()).containsExactly("JP", "VN");
        assertThat(call.start()).isEqualTo(PartialDate.of(2025, 4, 2));
        assertThat(call.location()).isNull();
    }

    @Test
    void aSecondEncounterVerbAfterACommaSharesTheSubject() {
        ExtractionResult r = extract("Theo chương trình, ngày mai (15/10), Thủ tướng Ba Lan Donald Tusk sẽ hội kiến Tổng Bí "
                + "thư Tô Lâm, hội kiến Chủ tịch Quốc hội Trần Thanh Mẫn và dự Diễn đàn Doanh nghiệp.",
                PartialDate.of(2025, 10, 14));
        assertThat(ofType(r, VisitType.MEETING)).hasSize(2).allSatisfy(v -> {
            assertThat(v.countries()).containsExactly("PL", "VN");
            assertThat(v.status()).isEqualTo(VisitStatus.PLANNED);
            assertThat(v.participants()).extracting(p -> p.name()).contains("Donald Tusk");
        });
    }

    @Test
    void anOnlineTalkIsACallEvenWithCuocBeforeIt() {
        ExtractionResult r = extract("Ngày 14/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có cuộc hội đàm trực tuyến với "
                + "Bộ trưởng Ngoại giao Bỉ Hadja Lahbib.", PartialDate.of(2024, 3, 15));
        assertThat(r.visits()).singleElement().satisfies(v -> {
            assertThat(v.type()).isEqualTo(VisitType.PHONE_CALL);
            assertThat(v.countries()).containsExactly("BE", "VN");
        });
    }

    @Test
    void vietnameseTourOfSeveralCountriesIsOneTripPerCountry() {
        ExtractionResult r = extract("Từ ngày 2 - 9/6/2025, Thủ tướng Phạm Minh Chính sẽ thăm chính thức Thụy Điển, "
                + "thăm chính thức Thụy Sĩ và thăm làm việc tại Pháp.");
        assertThat(r.visits()).extracting(VisitRecord::hostCountry).containsExactlyInAnyOrder("SE", "CH", "FR");
        assertThat(r.visits()).allMatch(v -> v.status() == VisitStatus.PLANNED && v.guestCountry().equals("VN"));
        assertThat(ofType(r, VisitType.WORKING_VISIT)).extracting(VisitRecord::hostCountry).containsExactly("FR");
    }

    @Test
    void sidelineMeetingAtAThirdCountrysSummitHasNoGuestOrHost() {
        ExtractionResult r = extract("Chiều 10/11 (giờ địa phương), tại thủ đô Lima, Peru, nhân dịp dự Hội nghị cấp cao APEC, "
                + "Chủ tịch nước Lương Cường đã gặp Tổng thống Hàn Quốc Yoon Suk Yeol.");
        VisitRecord meeting = ofType(r, VisitType.MEETING).get(0);
        assertThat(meeting.countries()).containsExactly("KR", "VN");
        assertThat(meeting.guestCountry()).isNull();
        assertThat(meeting.hostCountry()).isNull();
        assertThat(meeting.location().city()).isEqualTo("Lima");
    }

    @Test
    void ambassadorPresentingCredentialsIsReceivedByVietnam() {
        ExtractionResult r = extract("Ngày 5/9/2024, tại Phủ Chủ tịch, Chủ tịch nước Tô Lâm đã tiếp Đại sứ Nhật Bản "
                + "Ito Naoki đến trình Quốc thư.");
        VisitRecord reception = ofType(r, VisitType.RECEPTION).get(0);
        assertThat(reception.hostCountry()).isEqualTo("VN");
        assertThat(reception.guestCountry()).isEqualTo("JP");
        assertThat(r.participants()).extracting(p -> p.name()).contains("Tô Lâm", "Ito Naoki");
    }

    @Test
    void upgradeOfAPartnershipGivesItsDate() {
        ExtractionResult r = extract("Ngày 10/9/2023, hai nước tuyên bố nâng cấp quan hệ Việt Nam - Hoa Kỳ lên "
                + "Đối tác chiến lược toàn diện.");
        assertThat(r.partnerships()).singleElement().satisfies(p -> {
            assertThat(p.countries()).containsExactly("VN", "US");
            assertThat(p.level()).isEqualTo(PartnershipLevel.COMPREHENSIVE_STRATEGIC_PARTNERSHIP);
            assertThat(p.since()).isEqualTo(PartialDate.of(2023, 9, 10));
        });
    }

    @Test
    void listOfSignedDocumentsGivesOneAgreementEach() {
        ExtractionResult r = extract("Sau hội đàm ngày 12/12/2023, Tổng Bí thư và Chủ tịch Trung Quốc chứng kiến "
                + "hai bên ký kết các văn kiện: Bản ghi nhớ về hợp tác đường sắt; Hiệp định về hợp tác kinh tế và kỹ thuật.");
        assertThat(r.agreements()).extracting(AgreementRecord::type)
                .containsExactlyInAnyOrder(AgreementType.MOU, AgreementType.AGREEMENT);
        assertThat(r.agreements()).allMatch(a -> a.parties().equals(List.of("CN", "VN")));
    }

    @Test
    void englishDatelineAndOfficialVisitToVietnam() {
        ExtractionResult r = extract("Hanoi (VNA) – Prime Minister Pham Minh Chinh hosted an official welcome ceremony "
                + "for Singaporean Prime Minister Lawrence Wong, who is on an official visit to Vietnam from November 3-4, 2024.");
        VisitRecord trip = ofType(r, VisitType.OFFICIAL_VISIT).get(0);
        assertThat(trip.guestCountry()).isEqualTo("SG");
        assertThat(trip.hostCountry()).isEqualTo("VN");
        assertThat(trip.start()).isEqualTo(PartialDate.of(2024, 11, 3));
    }

    @Test
    void wishToVisitWithoutADateIsNoVisit() {
        ExtractionResult r = extract("Tổng thống Chile bày tỏ mong muốn sớm thăm Việt Nam trong thời gian tới.");
        assertThat(r.visits()).isEmpty();
    }

    @Test
    void domesticEventIsNoVisit() {
        ExtractionResult r = extract("Chiều 4/8, Thủ tướng Phạm Minh Chính chủ trì cuộc họp Thường trực Chính phủ "
                + "về tình hình kinh tế - xã hội.");
        assertThat(r.visits()).isEmpty();
        assertThat(r.agreements()).isEmpty();
    }

    @Test
    void signedDealsWithASumAreDeals() {
        ExtractionResult r = extract("Nhân chuyến thăm chính thức Nhật Bản tháng 11/2023 của Chủ tịch nước, doanh nghiệp "
                + "hai nước đã ký kết các thỏa thuận hợp tác kinh tế trị giá khoảng 1,5 tỷ USD.");
        assertThat(r.agreements()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.DEALS);
            assertThat(a.parties()).containsExactly("JP", "VN");
            assertThat(a.value().amount()).isEqualByComparingTo(new BigDecimal("1500000000"));
            assertThat(a.value().qualifier()).isEqualTo(MoneyQualifier.ABOUT);
        });
    }

    @Test
    void repeatedParagraphIsOneVisitWithTwoSourcesAtMostOnce() {
        String paragraph = "Chủ tịch Quốc hội Trần Thanh Mẫn hội kiến Thủ tướng Lào Sonexay Siphandone ngày 3/7/2024.";
        ExtractionResult r = extract(paragraph + "\n" + paragraph + "\n");
        assertThat(ofType(r, VisitType.MEETING)).hasSize(1);
    }

    @Test
    void sameEventToldTwiceIsOneRecordWithTwoSources() {
        ExtractionResult r = extract("Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Thái Lan Paetongtarn Shinawatra "
                + "ngày 16/5/2025.\nCuộc hội đàm giữa Thủ tướng Phạm Minh Chính và Thủ tướng Thái Lan Paetongtarn Shinawatra "
                + "diễn ra trong không khí thân mật ngày 16/5/2025.");
        List<VisitRecord> talks = ofType(r, VisitType.TALKS);
        assertThat(talks).hasSize(1);
        assertThat(talks.get(0).sources()).hasSize(2);
    }

    @Test
    void sourcesPointIntoTheOriginalText() {
        String text = "Phóng viên hỏi.\nTổng Bí thư Tô Lâm tiếp Bộ trưởng Ngoại giao Pháp Jean-Noël Barrot ngày 6/10/2025.";
        ExtractionResult r = extract(text);
        assertThat(r.visits()).isNotEmpty();
        r.visits().forEach(v -> v.sources().forEach(src ->
                assertThat(text.substring(src.start(), src.end())).isEqualTo(src.sentence())));
    }

    @Test
    void sameLeaderInVietnameseAndEnglishIsOneParticipant() {
        ExtractionResult r = extract("Tổng Bí thư Tô Lâm hội đàm với Tổng thống Pháp Emmanuel Macron ngày 26/5/2025.\n"
                + "General Secretary To Lam and French President Emmanuel Macron held talks in Hanoi on May 26, 2025.");
        assertThat(r.participants()).filteredOn(p -> p.name().equals("Tô Lâm")).hasSize(1);
        assertThat(r.participants()).noneMatch(p -> p.name().equals("To Lam"));
        assertThat(r.participants().stream().filter(p -> p.name().equals("Tô Lâm")).findFirst().orElseThrow().country())
                .isEqualTo("VN");
    }

    @Test
    void hostRoleGoesToTheReceivingSide() {
        ExtractionResult r = extract("Chiều 20/3/2025, tại Điện Kremlin, Tổng thống Nga Vladimir Putin đã tiếp "
                + "Bộ trưởng Ngoại giao Bùi Thanh Sơn.");
        VisitRecord reception = ofType(r, VisitType.RECEPTION).get(0);
        assertThat(reception.hostCountry()).isEqualTo("RU");
        assertThat(reception.participants()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Vladimir Putin");
            assertThat(p.role()).isEqualTo(ParticipantRole.HOST);
        });
    }

    @Test
    void leaderAndHisCounterpartHoldingTalksAreBothSides() {
        ExtractionResult r = extract("Vietnamese Prime Minister Pham Minh Chinh and his Chinese counterpart Li Qiang "
                + "held talks in Beijing on June 25, 2025.");
        VisitRecord talks = ofType(r, VisitType.TALKS).get(0);
        assertThat(talks.hostCountry()).isEqualTo("CN");
        assertThat(talks.guestCountry()).isEqualTo("VN");
        assertThat(talks.participants()).extracting(p -> p.name()).contains("Phạm Minh Chính", "Lý Cường");
    }

    @Test
    void committeeSessionTakesItsPlaceNotTheDateline() {
        ExtractionResult r = extract("Hanoi, July 10 (VNA) - Vietnam and Laos held the 46th meeting of the "
                + "Vietnam-Laos Intergovernmental Committee in Vientiane on July 9.");
        VisitRecord session = ofType(r, VisitType.CONFERENCE).get(0);
        assertThat(session.location().city()).isEqualTo("Vientiane");
        assertThat(session.hostCountry()).isEqualTo("LA");
        assertThat(session.start()).isEqualTo(PartialDate.of(null, 7, 9));
    }

    @Test
    void visitingLeaderNamedAfterTheWordIsATripToWhereTheTalksAre() {
        ExtractionResult r = extract("Hanoi (VNA) – President Luong Cuong held talks with visiting Indonesian President "
                + "Prabowo Subianto in Hanoi on March 10.");
        assertThat(ofType(r, VisitType.VISIT)).singleElement().satisfies(v -> {
            assertThat(v.guestCountry()).isEqualTo("ID");
            assertThat(v.hostCountry()).isEqualTo("VN");
            assertThat(v.start().month()).isEqualTo(3);
        });
        assertThat(ofType(r, VisitType.TALKS)).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(null, 3, 10)));
    }

    @Test
    void documentTitledAJointStatementIsThatStatement() {
        ExtractionResult r = extract("---\ndate: '2024-03-05'\ntitle: Joint Statement between Japan and Viet Nam on a new era\n---\n\n"
                + "The two countries affirmed their cooperation.\n");
        assertThat(r.agreements()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.JOINT_STATEMENT);
            assertThat(a.parties()).containsExactly("JP", "VN");
            assertThat(a.date()).isEqualTo(PartialDate.of(2024, 3, 5));
        });
    }

    @Test
    void commercialPurchaseWithASumIsADeal() {
        ExtractionResult r = extract("During the visit, Vietnamese companies signed memorandums of understanding with "
                + "Australian companies to purchase farm products worth over 500 million USD.");
        assertThat(r.agreements()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.DEALS);
            assertThat(a.parties()).containsExactly("AU", "VN");
            assertThat(a.value().qualifier()).isEqualTo(MoneyQualifier.MORE_THAN);
        });
    }

    @Test
    void welcomeAndTalksWithTheSameGuestAreTwoEncounters() {
        ExtractionResult r = extract("Chiều 5/6/2024, tại Phủ Chủ tịch, Phó Chủ tịch nước Võ Thị Ánh Xuân đón, hội đàm với "
                + "Phó Tổng thống Ấn Độ Jagdeep Dhankhar đang thăm chính thức Việt Nam.");
        assertThat(ofType(r, VisitType.RECEPTION)).hasSize(1);
        assertThat(ofType(r, VisitType.TALKS)).hasSize(1);
        assertThat(ofType(r, VisitType.OFFICIAL_VISIT)).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2024, 6, null)));
    }

    @Test
    void sidelineMeetingsListedBeforeThePlaceAndDateTakeBoth() {
        ExtractionResult r = extract("The Vietnamese leader also met with Cambodian Senate President Hun Sen and Lao "
                + "Prime Minister Sonexay Siphandone on the sidelines of the summit in Vientiane on October 9, 2024.");
        assertThat(ofType(r, VisitType.MEETING)).hasSize(2)
                .allSatisfy(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2024, 10, 9)));
    }

    @Test
    void honourGuardIsNoAttendanceAndTheTripKeepsItsRange() {
        ExtractionResult r = extract("Hai nhà lãnh đạo duyệt đội danh dự tại thủ đô Bắc Kinh ngày 11/10/2011, trong chuyến "
                + "thăm chính thức Trung Quốc ngày 11-15/10/2011 của Tổng Bí thư Nguyễn Phú Trọng.");
        assertThat(r.visits()).singleElement().satisfies(v -> {
            assertThat(v.type()).isEqualTo(VisitType.OFFICIAL_VISIT);
            assertThat(v.start()).isEqualTo(PartialDate.of(2011, 10, 11));
            assertThat(v.end()).isEqualTo(PartialDate.of(2011, 10, 15));
        });
    }

    @Test
    void anInvitationToldInASentenceOfItsOwnNamesTheHostsOfTheTripsBeforeIt() {
        ExtractionResult r = extract("Thủ tướng Phạm Minh Chính sẽ thăm chính thức Argentina từ ngày 3 đến 5/4/2025, "
                + "sau đó thăm chính thức Uruguay. Hai chuyến thăm được thực hiện theo lời mời của Tổng thống Argentina "
                + "Javier Milei và Tổng thống Uruguay Yamandú Orsi.");
        VisitRecord argentina = ofType(r, VisitType.OFFICIAL_VISIT).stream()
                .filter(v -> "AR".equals(v.hostCountry())).findFirst().orElseThrow();
        VisitRecord uruguay = ofType(r, VisitType.OFFICIAL_VISIT).stream()
                .filter(v -> "UY".equals(v.hostCountry())).findFirst().orElseThrow();
        assertThat(argentina.participants()).extracting(p -> p.name() + "/" + p.role())
                .contains("Javier Milei/HOST").doesNotContain("Yamandú Orsi/HOST");
        assertThat(uruguay.participants()).extracting(p -> p.name() + "/" + p.role()).contains("Yamandú Orsi/HOST");
        assertThat(r.participants()).extracting(p -> p.name()).contains("Javier Milei", "Yamandú Orsi");
    }

    @Test
    void anInvitationWithNoTripBeforeItInTheInvitersCountryNamesNoHost() {
        ExtractionResult r = extract("President Luong Cuong will pay a state visit to Chile on November 9, 2024. "
                + "The visit comes at the invitation of Peruvian President Dina Boluarte.");
        assertThat(r.visits()).allSatisfy(v -> assertThat(v.participants())
                .extracting(p -> p.name()).doesNotContain("Dina Boluarte"));
    }

    @Test
    void theMembersOfADelegationToldAfterTheTripTravelInIt() {
        ExtractionResult r = extract("Chủ tịch nước Lương Cường sẽ thăm cấp Nhà nước Cuba từ ngày 20 đến 22/9/2025. "
                + "Tháp tùng Chủ tịch nước có Bộ trưởng Ngoại giao Bùi Thanh Sơn.");
        VisitRecord trip = ofType(r, VisitType.STATE_VISIT).get(0);
        assertThat(trip.participants()).extracting(p -> p.name() + "/" + p.role())
                .contains("Lương Cường/GUEST", "Bùi Thanh Sơn/GUEST");
    }

    @Test
    void aDelegationListUnderAHeadingTravelsLineByLineInTheTrip() {
        ExtractionResult r = extract("""
                The Vice President will travel to Hanoi, Vietnam on Monday, May 5, 2025.

                The Honorable Robert K. Ashford, U.S. Secretary of Commerce, will lead the delegation.

                Members of the Delegation:

                The Honorable Laura M. Quinlan, United States Ambassador to Vietnam

                The Honorable Peter T. Haldane, Deputy Secretary of State

                The Honorable Grace W. Okafor, Assistant Secretary for Global Markets, Department of Commerce

                The delegation will meet business leaders.
                """);
        VisitRecord trip = r.visits().stream().filter(v -> "VN".equals(v.hostCountry())).findFirst().orElseThrow();
        assertThat(trip.guestCountry()).isEqualTo("US");
        assertThat(trip.participants()).extracting(p -> p.name() + "/" + p.role())
                .contains("Robert K. Ashford/GUEST", "Laura M. Quinlan/GUEST", "Peter T. Haldane/GUEST",
                        "Grace W. Okafor/GUEST");
    }

    @Test
    void aSumRightAfterAVerbOfGivingIsAidEvenWithNoWordForItsKind() {
        ExtractionResult r = extract("Australia will provide Vietnam an additional AUD 12 million to clear unexploded "
                + "ordnance in Quang Tri, Foreign Minister Penny Wong announced in Hanoi on 3 March 2025.");
        assertThat(r.agreements()).extracting(AgreementRecord::type, a -> a.value().amount())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AgreementType.AID, new BigDecimal("12000000")));
        assertThat(r.agreements().get(0).parties()).containsExactly("AU", "VN");
    }

    @Test
    void anActIsMeasuredToTheSumWrittenBeforeTheKindOfAid() {
        ExtractionResult r = extract("On 4 June 2025, Japan announced the Mekong Smart Grid Initiative for Upland "
                + "Provinces (MSGI), a four-year, $48 million technical cooperation project to help Vietnam expand "
                + "solar power.");
        assertThat(r.agreements()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.AID);
            assertThat(a.parties()).containsExactly("JP", "VN");
            assertThat(a.value().amount()).isEqualByComparingTo(new BigDecimal("48000000"));
        });
        ExtractionResult far = extract("On 4 June 2025, Japan announced its plans for the Mekong Delta and the "
                + "Central Highlands of Vietnam, where farmers and engineers will work together on a four-year, "
                + "$48 million JICA project.");
        assertThat(far.agreements()).isEmpty();
    }

    @Test
    void aNumberOfThingsGivenIsAidInKindOneRecordPerGift() {
        ExtractionResult r = extract("On 12 October 2025, Japan provided two mobile water treatment stations to "
                + "Vietnam's flood-hit provinces and committed to provide an additional 30 ambulances.");
        assertThat(r.agreements()).hasSize(2).allSatisfy(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.AID);
            assertThat(a.parties()).containsExactly("JP", "VN");
            assertThat(a.value()).isNull();
        });
        ExtractionResult donated = extract("On 12 October 2025, Japan donated 500 ventilators to Vietnam.");
        assertThat(donated.agreements()).singleElement()
                .satisfies(a -> assertThat(a.type()).isEqualTo(AgreementType.AID));
    }

    @Test
    void aGiftWhoseSentenceNamesNoCountryContinuesTheSentenceBeforeIt() {
        ExtractionResult r = extract("On 12 October 2025, Japan granted Vietnam's flood-hit provinces $2 million for "
                + "relief. Its embassy will also provide 20 ambulances to the worst-hit districts.");
        assertThat(r.agreements()).hasSize(2).allSatisfy(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.AID);
            assertThat(a.parties()).containsExactly("JP", "VN");
        });
    }

    @Test
    void aGiftWhoseSentenceNamesNoCountryAfterOneWithoutVietnamIsNoAidToVietnam() {
        ExtractionResult r = extract("On 12 October 2025, Japan granted the flood-hit provinces of Laos $2 million "
                + "for relief. Its embassy will also provide 20 ambulances to the worst-hit districts.");
        assertThat(r.agreements()).isEmpty();
    }

    @Test
    void aBudgetStatedForAKindOfAidTellsTheAidAsMade() {
        ExtractionResult r = extract("On 3 March 2025, Korea chose three Vietnamese universities for its research "
                + "programme. Both grants, with a combined budget of about $6 million, fund new laboratories.");
        assertThat(r.agreements()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.AID);
            assertThat(a.parties()).containsExactly("KR", "VN");
            assertThat(a.value().amount()).isEqualByComparingTo(new BigDecimal("6000000"));
        });
        ExtractionResult other = extract("On 3 March 2025, Vietnam's science ministry, with a total budget of about "
                + "$6 million for Korean cooperation, opened new laboratories.");
        assertThat(other.agreements()).isEmpty();
    }

    @Test
    void aNumberOfMeasuresAfterAVerbOfGivingIsNoGift() {
        ExtractionResult r = extract("On 12 October 2025, Japan provided two years of training to Vietnamese "
                + "engineers, and Vietnam will provide 5 percent of the cost. The new plant in Vietnam, built by a "
                + "Japanese company, will provide 3,000 jobs.");
        assertThat(r.agreements()).isEmpty();
    }

    @Test
    void aTripDatedByAListOfYearsIsOneTripPerYear() {
        ExtractionResult vi = extract("Thủ tướng Đan Mạch Lars Holm từng ba lần thăm chính thức Việt Nam vào các năm "
                + "2008, 2012 và 2019.");
        assertThat(ofType(vi, VisitType.OFFICIAL_VISIT)).extracting(v -> v.start().year())
                .containsExactlyInAnyOrder(2008, 2012, 2019);
        assertThat(ofType(vi, VisitType.OFFICIAL_VISIT)).allSatisfy(v -> {
            assertThat(v.guestCountry()).isEqualTo("DK");
            assertThat(v.participants()).extracting(p -> p.name()).containsExactly("Lars Holm");
        });
        ExtractionResult en = extract("Prime Minister Lars Holm of Denmark paid official visits to Vietnam in 1998, "
                + "2004 and 2015.");
        assertThat(ofType(en, VisitType.OFFICIAL_VISIT)).extracting(v -> v.start().year())
                .containsExactlyInAnyOrder(1998, 2004, 2015);
    }

    @Test
    void aYearThatIsNoPartOfTheTripsListOfYearsMakesNoTrip() {
        ExtractionResult r = extract("Prime Minister Lars Holm of Denmark paid an official visit to Vietnam in 2015, "
                + "twenty years after the two countries established a partnership in 1995.");
        assertThat(ofType(r, VisitType.OFFICIAL_VISIT)).singleElement()
                .satisfies(v -> assertThat(v.start().year()).isEqualTo(2015));
    }

    @Test
    void aSummitNamedOnlyAsWhereAnInitiativeWasAnnouncedIsNoEvent() {
        ExtractionResult r = extract("On 2 May 2025, Japan said Vietnam had joined the Clean Ports Fund, a facility "
                + "unveiled at Prime Minister Shigeru Ishiba's Ocean Summit in Tokyo.");
        assertThat(r.visits()).isEmpty();
        ExtractionResult held = extract("On 2 May 2025, Prime Minister Pham Minh Chinh held talks with Japanese "
                + "Prime Minister Shigeru Ishiba in Tokyo and announced at a press conference the Clean Ports "
                + "Initiative.");
        assertThat(ofType(held, VisitType.TALKS)).isNotEmpty();
    }

    @Test
    void aSumAfterAnIndefiniteArticleIsANewDocumentEvenWithAnEarlierOnesValue() {
        ExtractionResult r = extract("On 4 June 2025, Japan announced the Green Grid Programme, a $20 million project "
                + "for Vietnam. Japan also announced the Clean Water Programme, a $20 million project for Vietnam.");
        assertThat(r.agreements()).hasSize(2);
        ExtractionResult again = extract("On 4 June 2025, Japan pledged $20 million in aid to Vietnam for flood "
                + "relief. The $20 million in aid pledged to Vietnam will reach its central provinces.");
        assertThat(again.agreements()).singleElement()
                .satisfies(a -> assertThat(a.sources()).hasSize(2));
    }

    @Test
    void aSumAfterAnIndefiniteArticleInARepeatedParagraphIsOneDocument() {
        String paragraph = "Foreign ministers of Japan and Vietnam met in Tokyo on 4 June 2025. On this occasion, the "
                + "Government of Japan announced a grant of USD 20 million to Vietnam.";
        ExtractionResult r = extract("Hanoi, June 5, 2025 (VNA) - " + paragraph + "\n\n" + paragraph);
        assertThat(r.agreements()).singleElement();
    }

    @Test
    void hoTroWithASumIsAidAndAProvidedSumFarFromItsVerbIsNot() {
        ExtractionResult r = extract("Ngày 5/3/2025, Chính phủ Hàn Quốc hỗ trợ Việt Nam 3 triệu USD để khắc phục "
                + "hậu quả bão lũ.");
        assertThat(r.agreements()).extracting(AgreementRecord::type).containsExactly(AgreementType.AID);
        ExtractionResult far = extract("The agreement provides a framework for cooperation between Vietnam and "
                + "Japan in many fields, including a trade volume of $50 billion.");
        assertThat(far.agreements()).noneMatch(a -> a.type() == AgreementType.AID);
    }

    @Test
    void aTitleWrittenOverSeveralLinesKeepsSingleSpaces() {
        ExtractionResult r = extract("On 10 May 2025, Vietnam and Singapore signed a Memorandum\n    of Understanding "
                + "on Digital Trade in Singapore.");
        assertThat(r.agreements()).extracting(AgreementRecord::title)
                .allSatisfy(t -> assertThat(t).doesNotContain("\n").doesNotContain("  "));
        assertThat(r.agreements()).extracting(AgreementRecord::type).contains(AgreementType.MOU);
    }

    @Test
    void anUnaccentedVietnameseNameInEnglishIsVietnameseAndPinyinIsNot() {
        ExtractionResult r = extract("Minister of Industry and Trade Phan Minh Khoa held talks with Minister of Trade "
                + "Alberto Ruiz of Chile in Hanoi on 4 March 2025.");
        VisitRecord talks = ofType(r, VisitType.TALKS).get(0);
        assertThat(talks.countries()).containsExactly("CL", "VN");
        assertThat(r.participants()).filteredOn(p -> p.name().equals("Phan Minh Khoa"))
                .extracting(p -> p.country()).containsExactly("VN");
        ExtractionResult pinyin = extract("Vice Foreign Minister Ma Zhaoxu held talks with Minister of Foreign "
                + "Affairs Alberto Ruiz of Chile in Beijing on 4 March 2025.");
        assertThat(pinyin.visits()).isEmpty();
    }

    @Test
    void aCityOrRegionBetweenTitleAndNameGivesThePersonItsCountry() {
        ExtractionResult r = extract("Ngày 12/5/2025, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Thống đốc bang "
                + "California Gavin Newsom.");
        VisitRecord reception = ofType(r, VisitType.RECEPTION).get(0);
        assertThat(reception.countries()).containsExactly("US", "VN");
        assertThat(reception.participants()).extracting(p -> p.name() + "/" + p.country())
                .contains("Gavin Newsom/US");
        ExtractionResult emirate = extract("Ngày 12/5/2025, Thủ tướng Phạm Minh Chính đã tiếp Thái tử Dubai Hamdan bin "
                + "Mohammed Al Maktoum.");
        assertThat(emirate.participants()).extracting(p -> p.name() + "/" + p.country())
                .contains("Hamdan bin Mohammed Al Maktoum/AE");
    }

    @Test
    void aTripToldWithOnlyItsTravellersTitleTravelsWithThePersonNamedSoElsewhere() {
        ExtractionResult r = extract("Ngày 3/6/2025, Thủ tướng Phạm Minh Chính hội kiến Tổng thống Pháp Emmanuel "
                + "Macron tại Paris. Chuyến thăm chính thức Pháp của Thủ tướng từ ngày 2 đến 4/6/2025 góp phần "
                + "làm sâu sắc quan hệ hai nước.");
        VisitRecord trip = ofType(r, VisitType.OFFICIAL_VISIT).get(0);
        assertThat(trip.hostCountry()).isEqualTo("FR");
        assertThat(trip.participants()).extracting(p -> p.name() + "/" + p.role()).contains("Phạm Minh Chính/GUEST")
                .doesNotContain("Emmanuel Macron/GUEST");
    }

    @Test
    void anOrganisationsOfficialNamedAgainWithoutTheOrganisationBelongsToNoCountry() {
        for (String official : List.of("Tổng thư ký Liên Hiệp Quốc António Guterres",
                "Tổng giám đốc Quỹ Tiền tệ Quốc tế Kristalina Georgieva")) {
            String name = official.substring(official.lastIndexOf(' ', official.lastIndexOf(' ') - 1) + 1);
            ExtractionResult r = extract("Ngày 18-11, tại Rio de Janeiro, Thủ tướng Phạm Minh Chính gặp Tổng thống "
                    + "Hàn Quốc Yoon Suk Yeol. Tiếp xúc với " + official + ", Thủ tướng Phạm Minh Chính đánh giá cao vai "
                    + "trò của ông " + name + ".", PartialDate.of(2024, 11, 19));

            assertThat(r.participants()).extracting(p -> p.name())
                    .containsExactlyInAnyOrder("Phạm Minh Chính", "Yoon Suk Yeol");
            assertThat(r.visits()).singleElement().satisfies(v -> assertThat(v.countries()).containsExactly("KR", "VN"));
        }
    }

    @Test
    void aSurnameNamesThePersonWhoseFullNameEndsWithAGenerationSuffix() {
        ExtractionResult r = extract("On March 3, U.S. Secretary of State Antony J. Blinken, Jr. arrived in Hanoi. On "
                + "March 4, Secretary Blinken held talks with Foreign Minister Bui Thanh Son.", PartialDate.of(2025, 3, 5));

        assertThat(r.participants()).extracting(p -> p.name())
                .containsExactlyInAnyOrder("Antony J. Blinken, Jr.", "Bùi Thanh Sơn");
    }

    @Test
    void aVisitByAPersonGoesToTheOneOtherCountryTheSentenceNamesOrComesToVietnam() {
        PartialDate published = PartialDate.of(2024, 10, 29);
        ExtractionResult vi = extract("Việt Nam và Kenya nhất trí nâng cấp quan hệ nhân chuyến thăm của Thủ tướng "
                + "Phạm Minh Chính.", published);
        ExtractionResult en = extract("Vietnam and Kenya signed three agreements during the visit by Prime Minister "
                + "Pham Minh Chinh.", published);
        ExtractionResult foreign = extract("Brazil và Việt Nam ký 5 văn kiện nhân chuyến thăm của Tổng thống Brazil "
                + "Luiz Inácio Lula da Silva.", published);

        for (ExtractionResult r : List.of(vi, en)) {
            assertThat(ofType(r, VisitType.VISIT)).singleElement().satisfies(v -> {
                assertThat(v.guestCountry()).isEqualTo("VN");
                assertThat(v.hostCountry()).isEqualTo("KE");
            });
        }
        assertThat(ofType(foreign, VisitType.VISIT)).singleElement().satisfies(v -> {
            assertThat(v.guestCountry()).isEqualTo("BR");
            assertThat(v.hostCountry()).isEqualTo("VN");
        });
    }

    @Test
    void eachTripOfATourKeepsItsOwnDatesOverTheTours() {
        PartialDate published = PartialDate.of(2025, 3, 1);
        ExtractionResult vi = extract("Thủ tướng Phạm Minh Chính thăm chính thức Ba Lan và Séc từ ngày 15 đến 20/3. "
                + "Thủ tướng sẽ thăm chính thức Ba Lan từ ngày 15 đến 17/3, sau đó thăm chính thức Séc từ ngày 18 "
                + "đến 20/3.", published);
        ExtractionResult en = extract("Prime Minister Pham Minh Chinh will pay official visits to Poland and the "
                + "Czech Republic from March 15 to 20. He will pay an official visit to Poland from March 15 to 17. "
                + "He will then pay an official visit to the Czech Republic from March 18 to 20.", published);

        for (ExtractionResult r : List.of(vi, en)) {
            List<VisitRecord> trips = ofType(r, VisitType.OFFICIAL_VISIT);
            assertThat(trips).extracting(v -> v.hostCountry() + " " + v.start().day() + "-" + v.end().day())
                    .containsExactlyInAnyOrder("PL 15-17", "CZ 18-20");
        }
    }

    @Test
    void aSentenceOpeningOnTheEncounterJustToldTellsNoNewOne() {
        PartialDate published = PartialDate.of(2024, 8, 14);
        ExtractionResult told = extract("Công chúa Lào Sisavang thăm làm việc Việt Nam từ ngày 12 đến 15/8. Sáng 13/8, "
                + "Phó Chủ tịch nước Võ Thị Ánh Xuân đã tiếp Công chúa Lào Sisavang. Tại cuộc gặp, Phó Chủ tịch nước cảm ơn "
                + "Lào đã treo cờ rủ trong 2 ngày (1-2/8) để tưởng nhớ cố Tổng Bí thư Nguyễn Phú Trọng.", published);
        ExtractionResult first = extract("Tại cuộc hội đàm ngày 13/8, Bộ trưởng Quốc phòng Phan Văn Giang và Bộ trưởng "
                + "Quốc phòng Lào Chansamone Chanyalath nhất trí tăng cường hợp tác.", published);

        assertThat(told.visits()).extracting(v -> v.type() + " " + v.start().day())
                .containsExactlyInAnyOrder("WORKING_VISIT 12", "RECEPTION 13");
        assertThat(first.visits()).extracting(v -> v.type() + " " + v.start().day())
                .containsExactly("TALKS 13");
    }

    @Test
    void discussingTogetherWithAForeignLeaderIsMeetingThem() {
        ExtractionResult r = extract("Ngày 10/7/2025, bên lề Hội nghị thượng đỉnh BRICS tại Rio de Janeiro (Brazil), "
                + "Thủ tướng Phạm Minh Chính đã cùng Thủ tướng Ấn Độ Narendra Modi trao đổi về hợp tác thương mại.");

        VisitRecord meeting = ofType(r, VisitType.MEETING).get(0);
        assertThat(meeting.countries()).containsExactly("IN", "VN");
        assertThat(meeting.guestCountry()).isNull();
        assertThat(meeting.start()).isEqualTo(PartialDate.of(2025, 7, 10));
        assertThat(meeting.participants()).extracting(p -> p.name())
                .containsExactlyInAnyOrder("Phạm Minh Chính", "Narendra Modi");
    }

    @Test
    void discussingTogetherWithCompatriotsOrOnTheSameDayIsNoMeeting() {
        ExtractionResult compatriots = extract("Ngày 3/4/2025, Thủ tướng Phạm Minh Chính cùng Phó Thủ tướng Bùi "
                + "Thanh Sơn trao đổi về công tác đối ngoại.");
        ExtractionResult sameDay = extract("Thủ tướng Phạm Minh Chính thăm chính thức Ấn Độ ngày 5/8/2025. Cùng "
                + "ngày, Thủ tướng trao đổi về hợp tác với cộng đồng người Việt.");

        assertThat(compatriots.visits()).isEmpty();
        assertThat(sameDay.visits()).extracting(VisitRecord::type).containsExactly(VisitType.OFFICIAL_VISIT);
    }

    @Test
    void welcomingALeaderToAPlaceIsTheirTripThere() {
        ExtractionResult r = extract("Prime Minister Anthony Albanese will be welcoming General Secretary To Lam to "
                + "Canberra in March 2026.", PartialDate.of(2025, 12, 1));
        ExtractionResult statement = extract("Vietnam welcomes the growing number of Australian students, and the "
                + "leaders welcome the new scholarship programme.", PartialDate.of(2025, 12, 1));

        VisitRecord trip = ofType(r, VisitType.VISIT).get(0);
        assertThat(trip.guestCountry()).isEqualTo("VN");
        assertThat(trip.hostCountry()).isEqualTo("AU");
        assertThat(trip.status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(trip.start()).isEqualTo(new PartialDate(2026, 3, null));
        assertThat(trip.location().city()).isEqualTo("Canberra");
        assertThat(trip.participants()).extracting(p -> p.name() + "/" + p.role()).contains("Tô Lâm/GUEST");
        assertThat(statement.visits()).isEmpty();
    }

    @Test
    void aBilateralSessionHasEveryoneItsSentenceNamesOfItsCountries() {
        ExtractionResult r = extract("On March 3, 2025, Secretary Rubio and Deputy Prime Minister Bui Thanh Son "
                + "co-chaired the first session of the U.S.-Vietnam Joint Committee in Washington, alongside "
                + "Minister Tran Van Dzung.");

        VisitRecord session = ofType(r, VisitType.CONFERENCE).get(0);
        assertThat(session.participants()).extracting(p -> p.name() + "/" + p.country())
                .containsExactlyInAnyOrder("Rubio/US", "Bùi Thanh Sơn/VN", "Tran Van Dzung/VN");
    }

    @Test
    void aBodyGlossedInBracketsAndAChinesePeoplesCongressKeepTheTitleChainsCountry() {
        ExtractionResult congress = extract("Ngày 5/4/2025, Phó Chủ tịch nước Võ Thị Ánh Xuân thăm làm việc Trung "
                + "Quốc. Chiều cùng ngày, Phó Chủ tịch nước đã gặp ông Vương Ninh, Chủ nhiệm Nhân đại tỉnh Vân Nam, "
                + "Trung Quốc.");
        ExtractionResult duma = extract("Ngày 5/4/2025, Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Đuma "
                + "Quốc gia (Hạ viện) Nga Vyacheslav Volodin tại Moskva.");

        assertThat(ofType(congress, VisitType.MEETING)).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo(PartialDate.of(2025, 4, 5));
            assertThat(m.participants()).extracting(p -> p.name() + "/" + p.country()).contains("Vương Ninh/CN");
        });
        assertThat(ofType(duma, VisitType.TALKS)).singleElement().satisfies(t ->
                assertThat(t.participants()).extracting(p -> p.name() + "/" + p.country())
                        .contains("Vyacheslav Volodin/RU"));
    }

    @Test
    void aSignedLeaseIsAnAgreement() {
        ExtractionResult r = extract("On May 4, 2025, Japan's ambassador and Vietnam's foreign minister signed the "
                + "lease for the new Japanese Embassy compound in Hanoi.");

        assertThat(r.agreements()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.AGREEMENT);
            assertThat(a.parties()).containsExactly("JP", "VN");
        });
    }

    @Test
    void aLeaderNamedByFamilyAndLastGivenNameUnderATitleOfTheirRankIsTheKnownLeader() {
        ExtractionResult r = extract("Japanese Prime Minister Shinzo Abe met Prime Minister Nguyen Dung in Tokyo on "
                + "May 3, 2013.");
        ExtractionResult otherRank = extract("Japanese Prime Minister Shinzo Abe met Minister Nguyen Dung in Tokyo on "
                + "May 3, 2013.");

        assertThat(ofType(r, VisitType.MEETING).get(0).participants()).extracting(p -> p.name())
                .contains("Nguyễn Tấn Dũng");
        assertThat(otherRank.participants()).extracting(p -> p.name()).doesNotContain("Nguyễn Tấn Dũng");
    }

    @Test
    void signingSomethingWithAForeignOfficialIsMeetingThem() {
        ExtractionResult vi = extract("Ngày 12/3/2025, Bộ trưởng Quốc phòng Phan Văn Giang đã ký hai văn kiện về "
                + "công nghiệp quốc phòng với Bộ trưởng Quốc phòng Indonesia Sjafrie Sjamsoeddin tại Jakarta.");
        ExtractionResult en = extract("On March 12, 2025, Defence Minister Phan Van Giang signed two cooperation "
                + "agreements with Indonesian Defence Minister Sjafrie Sjamsoeddin in Jakarta.");
        ExtractionResult witnessed = extract("Ngày 12/3/2025, hai bên đã ký kết thỏa thuận với sự chứng kiến của "
                + "Thủ tướng Indonesia Prabowo Subianto.");

        for (ExtractionResult r : List.of(vi, en)) {
            VisitRecord meeting = ofType(r, VisitType.MEETING).get(0);
            assertThat(meeting.hostCountry()).isEqualTo("ID");
            assertThat(meeting.start()).isEqualTo(PartialDate.of(2025, 3, 12));
            assertThat(meeting.participants()).extracting(p -> p.name() + "/" + p.role())
                    .containsExactlyInAnyOrder("Phan Văn Giang/GUEST", "Sjafrie Sjamsoeddin/HOST");
        }
        assertThat(witnessed.visits()).isEmpty();
    }

    @Test
    void aTripDatedInItsOwnClauseKeepsItsDayBesideAMeetingOnlyImpliedBySigning() {
        ExtractionResult r = extract("Bộ trưởng Ngoại giao Bùi Thanh Sơn thăm Singapore ngày 7/5/2025 và ký Bản ghi "
                + "nhớ về hợp tác số với Bộ trưởng Ngoại giao Vivian Balakrishnan.");

        assertThat(ofType(r, VisitType.VISIT)).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2025, 5, 7)));
        assertThat(ofType(r, VisitType.MEETING)).singleElement().satisfies(m ->
                assertThat(m.participants()).extracting(p -> p.name() + "/" + p.country())
                        .contains("Vivian Balakrishnan/SG"));
    }

    @Test
    void aSentenceOpeningOnAnEarlierEncounterMeetsTheSubjectOfItsMainClause() {
        ExtractionResult vi = extract("Nhớ lại lần gặp Chủ tịch Quốc hội Trần Thanh Mẫn tại Hội nghị cấp cao ASEAN ở "
                + "Viêng Chăn tháng 10/2024, Tổng thống Hàn Quốc Yoon Suk Yeol cho biết hai nước cần tăng cường hợp tác.");
        ExtractionResult en = extract("Recalling his meeting with Prime Minister Pham Minh Chinh at the ASEAN summit "
                + "in Vientiane in October 2024, Japanese Prime Minister Shigeru Ishiba said the two countries should "
                + "deepen cooperation.");

        assertThat(ofType(vi, VisitType.MEETING)).singleElement().satisfies(m -> {
            assertThat(m.countries()).containsExactly("KR", "VN");
            assertThat(m.participants()).extracting(p -> p.name())
                    .containsExactlyInAnyOrder("Trần Thanh Mẫn", "Yoon Suk Yeol");
        });
        assertThat(ofType(en, VisitType.MEETING)).singleElement().satisfies(m -> {
            assertThat(m.countries()).containsExactly("JP", "VN");
            assertThat(m.location().city()).isEqualTo("Vientiane");
        });
    }

    @Test
    void aSumThatSupportsOrFundsSomethingIsAid() {
        ExtractionResult r = extract("Australia and Vietnam today opened a regional training centre for clean energy "
                + "engineers and provincial planners in Can Tho, supported by initial funding of $3 million from the "
                + "Australian government.");

        assertThat(r.agreements()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.AID);
            assertThat(a.parties()).containsExactly("AU", "VN");
            assertThat(a.value().amount()).isEqualByComparingTo(new BigDecimal("3000000"));
        });
    }

    @Test
    void withinADayOfThePublicationDateTheTextsOwnTenseTellsTheStatus() {
        ExtractionResult announced = extract("Special Envoy John Kerry of the United States will visit Hanoi, Vietnam "
                + "on Saturday, March 8, 2025.", PartialDate.of(2025, 3, 7));
        ExtractionResult later = extract("Special Envoy John Kerry of the United States will visit Hanoi, Vietnam "
                + "on Saturday, March 8, 2025.", PartialDate.of(2025, 3, 12));

        assertThat(announced.visits()).singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(VisitStatus.PLANNED));
        assertThat(later.visits()).singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(VisitStatus.HELD));
    }

    @Test
    void aTripToldByItsTravellersTitleTravelsWithTheTitledPersonOfNoStatedCountryOfTheForeignSide() {
        ExtractionResult r = extract("The Prime Minister’s travel to Vietnam in May 2025 deepens the Japan-Vietnam "
                + "partnership. In Hanoi, Prime Minister Ishiba announced new scholarships for young engineers from "
                + "Japan and Vietnam.");

        assertThat(ofType(r, VisitType.VISIT)).singleElement().satisfies(v ->
                assertThat(v.participants()).extracting(p -> p.name() + "/" + p.country() + "/" + p.role())
                        .containsExactly("Ishiba/JP/GUEST"));
    }
}
