package io.diplomaticvisits.extract.lexicon;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseTrieTest {

    private static PhraseTrie<String> trieOf(String... keys) {
        PhraseTrie.Builder<String> b = new PhraseTrie.Builder<>();
        for (String key : keys) {
            b.add(key, new PhraseTrie.Entry<>(key, CasePolicy.ANY, key.toUpperCase()));
        }
        return b.build();
    }

    private static int walk(PhraseTrie<String> trie, String key) {
        int node = PhraseTrie.ROOT;
        for (int i = 0; i < key.length() && node != PhraseTrie.NONE; i++) {
            node = trie.child(node, key.charAt(i));
        }
        return node;
    }

    private static List<String> values(PhraseTrie<String> trie, int node) {
        List<String> out = new ArrayList<>();
        for (int e = trie.entriesFrom(node); e < trie.entriesTo(node); e++) {
            out.add(trie.entry(e).value());
        }
        return out;
    }

    @Test
    void everyKeyEndsOnANodeWithItsEntry() {
        PhraseTrie<String> trie = trieOf("thăm", "thăm chính thức", "ab", "a", "đà nẵng", "\u4e2d\u56fd");
        for (String key : List.of("thăm", "thăm chính thức", "ab", "a", "đà nẵng", "\u4e2d\u56fd")) {
            int node = walk(trie, key);
            assertThat(node).as(key).isNotEqualTo(PhraseTrie.NONE);
            assertThat(trie.hasEntries(node)).isTrue();
            assertThat(values(trie, node)).containsExactly(key.toUpperCase());
        }
    }

    @Test
    void prefixesAndStrangersHaveNoEntries() {
        PhraseTrie<String> trie = trieOf("thăm chính thức", "ab");
        assertThat(trie.hasEntries(walk(trie, "thăm"))).isFalse();
        assertThat(walk(trie, "x")).isEqualTo(PhraseTrie.NONE);
        assertThat(walk(trie, "abc")).isEqualTo(PhraseTrie.NONE);
        assertThat(trie.hasEntries(PhraseTrie.ROOT)).isFalse();
    }

    @Test
    void manyChildrenAreFoundByHalvingToo() {
        List<String> keys = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            keys.add("k" + c);
        }
        PhraseTrie<String> trie = trieOf(keys.toArray(new String[0]));
        for (String key : keys) {
            assertThat(values(trie, walk(trie, key))).containsExactly(key.toUpperCase());
        }
        assertThat(walk(trie, "k1")).isEqualTo(PhraseTrie.NONE);
    }

    @Test
    void entriesOfOneKeyKeepTheOrderAdded() {
        PhraseTrie.Builder<String> b = new PhraseTrie.Builder<>();
        b.add("us", new PhraseTrie.Entry<>("US", CasePolicy.EXACT, "first"));
        b.add("us", new PhraseTrie.Entry<>("us", CasePolicy.ANY, "second"));
        PhraseTrie<String> trie = b.build();
        assertThat(values(trie, walk(trie, "us"))).containsExactly("first", "second");
    }
}
