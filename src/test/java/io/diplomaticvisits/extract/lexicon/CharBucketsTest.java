package io.diplomaticvisits.extract.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CharBucketsTest {

    @Test
    void groupsKeepTheOrderOfTheItems() {
        CharBuckets<String> buckets = CharBuckets.of(List.of("nước", "người", "cộng hòa", "nhà", "châu"),
                s -> s.charAt(0));
        assertThat(buckets.get('n')).containsExactly("nước", "người", "nhà");
        assertThat(buckets.get('c')).containsExactly("cộng hòa", "châu");
        assertThat(buckets.get('x')).isEmpty();
    }
}
