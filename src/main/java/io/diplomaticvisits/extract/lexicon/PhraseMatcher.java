package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.text.CharFolding;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds listed phrases in a {@link MatchText}: whole words only, longest match first, runs of white space in
 * the text matching one space in a phrase. Built once, then immutable and safe to share between threads.
 *
 * <p>A matcher works on the lower-case text, or on the folded text (no diacritics) when built with
 * {@code folded = true}; either way each phrase also carries a {@link CasePolicy} checked on the original.
 */
public final class PhraseMatcher<T> {

    private final PhraseTrie<T> trie;
    private final Openings openings;
    private final boolean folded;
    private final boolean gluedJoinsAsSpaces;

    private PhraseMatcher(PhraseTrie<T> trie, Openings openings, boolean folded, boolean gluedJoinsAsSpaces) {
        this.trie = trie;
        this.openings = openings;
        this.folded = folded;
        this.gluedJoinsAsSpaces = gluedJoinsAsSpaces;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>(false);
    }

    /** A builder whose matcher ignores diacritics: "To Lam" finds "Tô Lâm" and the reverse. */
    public static <T> Builder<T> foldedBuilder() {
        return new Builder<>(true);
    }

    /** Every match, left to right, never overlapping; at each start the longest phrase wins. */
    public List<PhraseMatch<T>> findAll(MatchText text) {
        return findAll(text, m -> true);
    }

    /**
     * As {@link #findAll(MatchText)}, keeping only the matches {@code keep} accepts; a refused match takes no text
     * from the phrases that start inside it.
     */
    public List<PhraseMatch<T>> findAll(MatchText text, Predicate<PhraseMatch<T>> keep) {
        char[] s = folded ? text.foldedChars() : text.lowerChars();
        List<PhraseMatch<T>> out = new ArrayList<>();
        int free = 0;
        for (int i : text.phraseStarts()) {
            if (i < free || trie.child(PhraseTrie.ROOT, s[i]) == PhraseTrie.NONE) {
                continue;
            }
            PhraseMatch<T> m = longestAt(text, s, i);
            if (m != null && keep.test(m)) {
                out.add(m);
                free = m.end();
            }
        }
        return out;
    }

    /** The longest phrase that starts exactly at {@code start}, or null. */
    public PhraseMatch<T> longestAt(MatchText text, int start) {
        return longestAt(text, folded ? text.foldedChars() : text.lowerChars(), start);
    }

    private PhraseMatch<T> longestAt(MatchText text, char[] s, int start) {
        if (!openings.mayOpen(s, start)) {
            return null;
        }
        int node = PhraseTrie.ROOT;
        int i = start;
        int n = s.length;
        PhraseMatch<T> best = null;
        while (i < n && node != PhraseTrie.NONE) {
            char c = s[i];
            if (c == ' ') {
                node = trie.child(node, ' ');
                while (i < n && s[i] == ' ') {
                    i++;
                }
            } else {
                if (gluedJoinsAsSpaces && i > start && isGluedJoin(text, i)) {
                    int space = trie.child(node, ' ');
                    if (space != PhraseTrie.NONE && trie.child(space, c) != PhraseTrie.NONE) {
                        node = space;
                    }
                }
                node = trie.child(node, c);
                i++;
            }
            if (node != PhraseTrie.NONE && trie.hasEntries(node) && text.isWordEnd(i)) {
                for (int e = trie.entriesFrom(node); e < trie.entriesTo(node); e++) {
                    PhraseTrie.Entry<T> entry = trie.entry(e);
                    if (casePolicyHolds(entry, text.original(), start, i)) {
                        best = new PhraseMatch<>(start, i, entry.value());
                        break;
                    }
                }
            }
        }
        return best;
    }

    /** A word boundary with no space, as in "DeputyPrime": the phrase's space may be read there. */
    private static boolean isGluedJoin(MatchText text, int i) {
        return text.isWordStart(i) && text.isWordCharAt(i - 1);
    }

    private static boolean casePolicyHolds(PhraseTrie.Entry<?> e, String original, int start, int end) {
        return switch (e.policy()) {
            case ANY -> true;
            case CAPITALISED -> Character.isUpperCase(original.charAt(start));
            case EXACT -> equalsSqueezed(original, start, end, e.phrase());
        };
    }

    /** Whether {@code squeezeSpaces(original.substring(start, end))} equals {@code phrase}, without building it. */
    private static boolean equalsSqueezed(String original, int start, int end, String phrase) {
        int p = 0;
        int i = start;
        while (i < end) {
            char c = original.charAt(i);
            if (isSpace(c)) {
                while (i < end && isSpace(original.charAt(i))) {
                    i++;
                }
                c = ' ';
            } else {
                i++;
            }
            if (p >= phrase.length() || phrase.charAt(p) != c) {
                return false;
            }
            p++;
        }
        return p == phrase.length();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    private static String squeezeSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    public static final class Builder<T> {
        private final PhraseTrie.Builder<T> trie = new PhraseTrie.Builder<>();
        private final Set<String> keys = new HashSet<>();
        private final boolean folded;
        private boolean gluedJoinsAsSpaces;

        private Builder(boolean folded) {
            this.folded = folded;
        }

        /** Adds a phrase; phrases added earlier win when two identical keys carry different values. */
        public Builder<T> add(String phrase, CasePolicy policy, T value) {
            String squeezed = squeezeSpaces(phrase.strip());
            String key = keyOf(squeezed);
            if (key.isEmpty()) {
                return this;
            }
            trie.add(key, new PhraseTrie.Entry<>(squeezed, policy, value));
            keys.add(key);
            return this;
        }

        public Builder<T> add(String phrase, T value) {
            return add(phrase, CasePolicy.ANY, value);
        }

        /** Lets a space in a phrase match the join of glued words ("DeputyPrime Minister", "ofVietnam"). */
        public Builder<T> gluedJoinsAsSpaces() {
            this.gluedJoinsAsSpaces = true;
            return this;
        }

        public PhraseMatcher<T> build() {
            return new PhraseMatcher<>(trie.build(), new Openings(keys, gluedJoinsAsSpaces), folded,
                    gluedJoinsAsSpaces);
        }

        private String keyOf(String squeezed) {
            String lower = MatchText.lowerOf(squeezed);
            return folded ? CharFolding.foldString(lower) : lower;
        }
    }
}
