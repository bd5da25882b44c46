package io.diplomaticvisits.extract.lexicon;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The first three chars of every key of a {@link PhraseMatcher} (all of a shorter key), hashed into bit sets: a
 * start whose first chars are in none of them opens no phrase, and the trie need not be asked. The text is read
 * as the trie reads it, a run of spaces as one. When the matcher reads a glued join ("DeputyPrime") as a phrase's
 * space, the key counts also without each of its first spaces. Immutable and safe to share.
 */
final class Openings {

    private static final int LONGEST = 3;
    private static final int MASK = (1 << 14) - 1;

    /**
     * The first chars of keys of one char or that open with a space, keys of two chars, and the first three chars of
     * longer keys, each hashed with its length into one bit set, which stays small enough to stay in the cache.
     */
    private final long[] bits = new long[(MASK + 1) / 64];
    /** Whether any key has one or two chars (or opens with a space); most matchers have none. */
    private final boolean[] anyOfLength = new boolean[LONGEST + 1];

    Openings(Collection<String> keys, boolean gluedJoinsAsSpaces) {
        for (String key : keys) {
            if (key.charAt(0) == ' ') {
                set(1, key.charAt(0), 0, 0);
                continue;
            }
            for (String form : gluedJoinsAsSpaces ? withoutLeadingSpaces(key) : Set.of(key)) {
                int length = Math.min(form.length(), LONGEST);
                set(length, form.charAt(0), length > 1 ? form.charAt(1) : 0, length > 2 ? form.charAt(2) : 0);
            }
        }
    }

    /** False only when no key can match {@code s} from {@code i}; true too where the text is too short to tell. */
    boolean mayOpen(char[] s, int i) {
        int n = s.length;
        if (i >= n) {
            return true;
        }
        char first = s[i];
        if (anyOfLength[1] && isSet(1, first, 0, 0) || i + 1 >= n) {
            return true;
        }
        char second = s[i + 1];
        if (anyOfLength[2] && isSet(2, first, second, 0)) {
            return true;
        }
        int j = i + 2;
        if (second == ' ') {
            while (j < n && s[j] == ' ') {
                j++;
            }
        }
        return j >= n || isSet(3, first, second, s[j]);
    }

    /** The key, and the key with any of the spaces among its first chars left out. */
    private static Set<String> withoutLeadingSpaces(String key) {
        Set<String> forms = new HashSet<>();
        forms.add(key);
        for (int at = 1; at <= LONGEST && at < key.length(); at++) {
            Set<String> more = new HashSet<>();
            for (String form : forms) {
                if (at < form.length() && form.charAt(at) == ' ') {
                    more.add(form.substring(0, at) + form.substring(at + 1));
                }
            }
            forms.addAll(more);
        }
        return forms;
    }

    private void set(int length, char a, int b, int c) {
        int bit = hash(length, a, b, c);
        bits[bit >>> 6] |= 1L << bit;
        anyOfLength[length] = true;
    }

    private boolean isSet(int length, char a, int b, int c) {
        int bit = hash(length, a, b, c);
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    private static int hash(int length, char a, int b, int c) {
        return (((length * 31 + a) * 31 + b) * 31 + c) & MASK;
    }
}
