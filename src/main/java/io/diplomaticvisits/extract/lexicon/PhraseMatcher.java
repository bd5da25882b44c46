package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.text.CharFolding;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds listed phrases in a {@link MatchText}: whole words only, longest match first, runs of white space in
 * the text matching one space in a phrase. Built once, then immutable and safe to share between threads.
 *
 * <p>A matcher works on the lower-case text, or on the folded text (no diacritics) when built with
 * {@code folded = true}; either way each phrase also carries a {@link CasePolicy} checked on the original.
 */
public final class PhraseMatcher<T> {

    /** First characters below this bound are looked up in a table at the root; it covers Vietnamese letters. */
    private static final int ROOT_TABLE_SIZE = 0x2000;

    private final Frozen<T> root;
    private final Frozen<T>[] rootTable;
    private final boolean folded;
    private final boolean gluedJoinsAsSpaces;

    @SuppressWarnings("unchecked")
    private PhraseMatcher(Node<T> root, boolean folded, boolean gluedJoinsAsSpaces) {
        this.root = Frozen.of(root);
        this.rootTable = new Frozen[ROOT_TABLE_SIZE];
        for (int i = 0; i < this.root.keys.length; i++) {
            if (this.root.keys[i] < ROOT_TABLE_SIZE) {
                rootTable[this.root.keys[i]] = this.root.kids[i];
            }
        }
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
        String s = folded ? text.folded() : text.lower();
        List<PhraseMatch<T>> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (text.isWordCharAt(i) && !text.isWordStart(i)) {
                i++;
                continue;
            }
            char c = s.charAt(i);
            boolean mayStart = c < ROOT_TABLE_SIZE ? rootTable[c] != null : root.child(c) != null;
            PhraseMatch<T> m = mayStart ? longestAt(text, s, i) : null;
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The longest phrase that starts exactly at {@code start}, or null. */
    public PhraseMatch<T> longestAt(MatchText text, int start) {
        return longestAt(text, folded ? text.folded() : text.lower(), start);
    }

    private PhraseMatch<T> longestAt(MatchText text, String s, int start) {
        Frozen<T> node = root;
        int i = start;
        int n = s.length();
        PhraseMatch<T> best = null;
        while (i < n && node != null) {
            char c = s.charAt(i);
            if (c == ' ') {
                node = node.child(' ');
                while (i < n && s.charAt(i) == ' ') {
                    i++;
                }
            } else {
                if (gluedJoinsAsSpaces && i > start && isGluedJoin(text, i)) {
                    Frozen<T> space = node.child(' ');
                    if (space != null && space.child(c) != null) {
                        node = space;
                    }
                }
                node = node == root && c < ROOT_TABLE_SIZE ? rootTable[c] : node.child(c);
                i++;
            }
            if (node != null && node.entries.length > 0 && text.isWordEnd(i)) {
                for (Entry<T> e : node.entries) {
                    if (casePolicyHolds(e, text.original(), start, i)) {
                        best = new PhraseMatch<>(start, i, e.value);
                        break;
                    }
                }
            }
        }
        return best;
    }

    /** A word boundary with no space, as in "DeputyPrime": the phrase's space may be read there. */
    private static boolean isGluedJoin(MatchText text, int i) {
        return MatchText.isWordChar(text.original().charAt(i - 1)) && text.isWordStart(i);
    }

    private static boolean casePolicyHolds(Entry<?> e, String original, int start, int end) {
        return switch (e.policy) {
            case ANY -> true;
            case CAPITALISED -> Character.isUpperCase(original.charAt(start));
            case EXACT -> squeezeSpaces(original.substring(start, end)).equals(e.phrase);
        };
    }

    private static String squeezeSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
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

    private record Entry<T>(String phrase, CasePolicy policy, T value) {
    }

    /** A node while the trie is built. */
    private static final class Node<T> {
        final Map<Character, Node<T>> next = new HashMap<>(4);
        final List<Entry<T>> entries = new ArrayList<>(1);
    }

    /** A node of the finished trie: sorted child keys and arrays, no boxing on the matching path. */
    private static final class Frozen<T> {
        final char[] keys;
        final Frozen<T>[] kids;
        final Entry<T>[] entries;

        @SuppressWarnings("unchecked")
        private Frozen(char[] keys, Frozen<T>[] kids, List<Entry<T>> entries) {
            this.keys = keys;
            this.kids = kids;
            this.entries = entries.toArray(new Entry[0]);
        }

        @SuppressWarnings("unchecked")
        static <T> Frozen<T> of(Node<T> node) {
            List<Character> sorted = new ArrayList<>(node.next.keySet());
            java.util.Collections.sort(sorted);
            char[] keys = new char[sorted.size()];
            Frozen<T>[] kids = new Frozen[sorted.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = sorted.get(i);
                kids[i] = of(node.next.get(sorted.get(i)));
            }
            return new Frozen<>(keys, kids, node.entries);
        }

        Frozen<T> child(char c) {
            if (keys.length <= 8) {
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] == c) {
                        return kids[i];
                    }
                }
                return null;
            }
            int at = java.util.Arrays.binarySearch(keys, c);
            return at >= 0 ? kids[at] : null;
        }
    }

    public static final class Builder<T> {
        private final Node<T> root = new Node<>();
        private final boolean folded;
        private boolean gluedJoinsAsSpaces;

        private Builder(boolean folded) {
            this.folded = folded;
        }

        /** Adds a phrase; phrases added earlier win when two identical keys carry different values. */
        public Builder<T> add(String phrase, CasePolicy policy, T value) {
            String key = keyOf(phrase);
            if (key.isEmpty()) {
                return this;
            }
            Node<T> node = root;
            for (int i = 0; i < key.length(); i++) {
                node = node.next.computeIfAbsent(key.charAt(i), c -> new Node<>());
            }
            node.entries.add(new Entry<>(squeezeSpaces(phrase.strip()), policy, value));
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
            return new PhraseMatcher<>(root, folded, gluedJoinsAsSpaces);
        }

        private String keyOf(String phrase) {
            String lower = MatchText.of(squeezeSpaces(phrase.strip())).lower();
            return folded ? CharFolding.foldString(lower) : lower;
        }
    }
}
