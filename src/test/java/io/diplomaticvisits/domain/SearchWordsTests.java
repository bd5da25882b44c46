package io.diplomaticvisits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTests {

    @Test
    void wordsAreTheRunsOfLettersAndDigitsOfTheFoldedText() {
        assertThat(SearchWords.of(SearchText.of(java.util.List.of("Phạm Minh Chính", "G20 (Rio de Janeiro)"))))
                .containsExactly("chinh", "de", "g20", "janeiro", "minh", "pham", "rio");
    }

    @Test
    void aVeryLongRunIsKeptAsItsBeginning() {
        String run = "a".repeat(100);

        assertThat(SearchWords.of(run)).containsExactly("a".repeat(SearchWords.MAX_LENGTH));
    }

    @Test
    void aQueryIsLookedUpUnderItsLongestFoldedWord() {
        SearchWords.Prefix prefix = SearchWords.lookup("Phạm Minh Chính").orElseThrow();

        assertThat(prefix.lowest()).isEqualTo("chinh");
        assertThat(prefix.beyond()).isEqualTo("chini");
    }

    @Test
    void theRangeHoldsExactlyTheWordsThatBeginWithTheQueryWord() {
        SearchWords.Prefix prefix = SearchWords.lookup("pham").orElseThrow();

        assertThat(java.util.List.of("pha", "pham", "phamx", "pham9", "phan", "phama"))
                .filteredOn(w -> w.compareTo(prefix.lowest()) >= 0 && w.compareTo(prefix.beyond()) < 0)
                .containsExactly("pham", "phamx", "pham9", "phama");
    }

    @Test
    void aQueryWithoutLettersOrDigitsHasNoLookup() {
        assertThat(SearchWords.lookup(" %- _ ")).isEmpty();
        assertThat(SearchWords.lookup("")).isEmpty();
    }
}
