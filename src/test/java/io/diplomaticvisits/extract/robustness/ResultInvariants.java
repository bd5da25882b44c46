package io.diplomaticvisits.extract.robustness;

import io.diplomaticvisits.extract.model.AgreementRecord;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.ParticipantRecord;
import io.diplomaticvisits.extract.model.PartnershipRecord;
import io.diplomaticvisits.extract.model.SourceRef;
import io.diplomaticvisits.extract.model.VisitParticipant;
import io.diplomaticvisits.extract.model.VisitRecord;
import org.assertj.core.api.SoftAssertions;

import java.util.List;

/** What every extraction must satisfy whatever the input: sources inside it, enums set, confidences in [0, 1]. */
final class ResultInvariants {

    private ResultInvariants() {
    }

    static void check(String document, String input, ExtractionResult result) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(result).as("result").isNotNull();
        if (result == null) {
            soft.assertAll();
            return;
        }
        soft.assertThat(result.language()).as("language").isNotNull();
        soft.assertThat(result.visits()).as("visits").isNotNull();
        soft.assertThat(result.participants()).as("participants").isNotNull();
        soft.assertThat(result.partnerships()).as("partnerships").isNotNull();
        soft.assertThat(result.agreements()).as("agreements").isNotNull();
        int length = input == null ? 0 : input.length();
        for (VisitRecord v : orEmpty(result.visits())) {
            soft.assertThat(v.type()).as("visit type").isNotNull();
            soft.assertThat(v.status()).as("visit status").isNotNull();
            soft.assertThat(v.countries()).as("visit countries").isNotNull().doesNotContainNull();
            for (VisitParticipant p : orEmpty(v.participants())) {
                soft.assertThat(p.role()).as("role of %s", p.name()).isNotNull();
                soft.assertThat(p.name()).as("visit participant name").isNotBlank();
            }
            checkSources(soft, "visit " + v.type(), v.sources(), document, length);
            checkConfidence(soft, "visit", v.confidence());
        }
        for (ParticipantRecord p : orEmpty(result.participants())) {
            soft.assertThat(p.name()).as("participant name").isNotBlank();
            checkSources(soft, "participant " + p.name(), p.sources(), document, length);
            checkConfidence(soft, "participant", p.confidence());
        }
        for (PartnershipRecord p : orEmpty(result.partnerships())) {
            soft.assertThat(p.level()).as("partnership level").isNotNull();
            checkSources(soft, "partnership", p.sources(), document, length);
            checkConfidence(soft, "partnership", p.confidence());
        }
        for (AgreementRecord a : orEmpty(result.agreements())) {
            soft.assertThat(a.type()).as("agreement type").isNotNull();
            if (a.value() != null) {
                soft.assertThat(a.value().qualifier()).as("money qualifier").isNotNull();
            }
            checkSources(soft, "agreement " + a.type(), a.sources(), document, length);
            checkConfidence(soft, "agreement", a.confidence());
        }
        soft.assertAll();
    }

    private static void checkSources(SoftAssertions soft, String what, List<SourceRef> sources, String document,
                                     int length) {
        soft.assertThat(sources).as("sources of %s", what).isNotEmpty();
        for (SourceRef s : orEmpty(sources)) {
            soft.assertThat(s.document()).as("document of %s", what).isEqualTo(document);
            soft.assertThat(s.sentence()).as("sentence of %s", what).isNotNull();
            soft.assertThat(s.start()).as("start of %s", what).isBetween(0, length);
            soft.assertThat(s.end()).as("end of %s", what).isBetween(s.start(), length);
        }
    }

    private static void checkConfidence(SoftAssertions soft, String what, double confidence) {
        soft.assertThat(confidence).as("confidence of %s", what).isBetween(0.0, 1.0);
    }

    private static <T> List<T> orEmpty(List<T> xs) {
        return xs == null ? List.of() : xs;
    }
}
