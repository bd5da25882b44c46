package io.diplomaticvisits.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void yamlEscapesReadAsTheCharactersTheyStandFor() {
        assertThat(FrontMatter.unescaped("title: \"JOINT LEADERS\\u2019 STATEMENT: A\\_B \\\"C\\\"\""))
                .isEqualTo("title: \"JOINT LEADERS\u2019 STATEMENT: A B \"C\"\"");
        assertThat(FrontMatter.unescaped("title: \"ONE TWO\\\n  \\ THREE\"")).isEqualTo("title: \"ONE TWO THREE\"");
        assertThat(FrontMatter.unescaped("no escapes: C:\\path\\x")).isEqualTo("no escapes: C:\\path\\x");
    }
}
