package io.diplomaticvisits.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.extract.Extractor;
import io.diplomaticvisits.extract.model.AgreementType;
import io.diplomaticvisits.extract.model.ExtractionResult;
import org.junit.jupiter.api.Test;

/** A page whose title names a joint statement is that statement, whatever the YAML quoting of the title. */
class AgreementTitleTest {

    @Test
    void anAllCapitalsTitleIsTitleCasedAndOthersAreKept() {
        assertThat(AgreementRules.titleCased("JOINT STATEMENT ON THE UPGRADE OF UNITED STATES-VIETNAM RELATIONS"))
                .isEqualTo("Joint Statement on the Upgrade of United States-Vietnam Relations");
        assertThat(AgreementRules.titleCased("JOINT STATEMENT: A NEW ERA")).isEqualTo("Joint Statement: A New Era");
        assertThat(AgreementRules.titleCased("Joint Statement between Viet Nam and Japan"))
                .isEqualTo("Joint Statement between Viet Nam and Japan");
    }

    @Test
    void aPageTitledWithAnEscapedApostropheIsAJointStatement() {
        String page = "---\ndate: '2024-05-20'\ntitle: \"JOINT LEADERS\\u2019 STATEMENT ON THE COMPREHENSIVE STRATEGIC\\\n"
                + "  \\ PARTNERSHIP BETWEEN JAPAN AND VIETNAM\"\n---\n\nOn May 19, 2024, the leaders of Japan and Vietnam "
                + "met in Tokyo and agreed to deepen their cooperation.\n";

        ExtractionResult r = Extractor.standard().extract("page", page, null);

        assertThat(r.agreements()).filteredOn(a -> a.type() == AgreementType.JOINT_STATEMENT).singleElement()
                .satisfies(a -> {
                    assertThat(a.title()).startsWith("Joint Leaders\u2019 Statement on the Comprehensive Strategic");
                    assertThat(a.parties()).containsExactlyInAnyOrder("JP", "VN");
                });
    }
}
