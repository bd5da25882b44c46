package io.diplomaticvisits.extract.lexicon;

import java.util.Arrays;
import java.util.Collection;

/**
 * The first two chars of every key of a {@link PhraseMatcher}, hashed into a bit set: a start whose two chars are
 * not in it opens no phrase, and the trie need not be asked. A phrase's space may be read at a glued join
 * ("DeputyPrime") when the matcher allows it, so then the char after such a space counts as second too.
 * Immutable and safe to share.
 */
final class OpeningPairs {

    private static final int MASK = (1 << 12) - 1;

    private final long[] pairs = new long[(MASK + 1) / 64];
    /** The first chars of keys of one char, or of keys that open with a space (a run of any length), sorted. */
    private final char[] alone;

    OpeningPairs(Collection<String> keys, boolean gluedJoinsAsSpaces) {
        StringBuilder lone = new StringBuilder();
        for (String key : keys) {
            if (key.length() == 1 || key.charAt(0) == ' ') {
                lone.append(key.charAt(0));
                continue;
            }
            set(key.charAt(0), key.charAt(1));
            if (gluedJoinsAsSpaces && key.charAt(1) == ' ' && key.length() > 2) {
                set(key.charAt(0), key.charAt(2));
            }
        }
        alone = lone.toString().toCharArray();
        Arrays.sort(alone);
    }

    /** False only when no key can match {@code s} from {@code i}: the chars there are no key's first two. */
    boolean mayOpen(String s, int i) {
        if (i + 1 >= s.length()) {
            return true;
        }
        char first = s.charAt(i);
        int bit = hash(first, s.charAt(i + 1));
        return (pairs[bit >>> 6] & (1L << bit)) != 0 || alone.length > 0 && Arrays.binarySearch(alone, first) >= 0;
    }

    private void set(char first, char second) {
        int bit = hash(first, second);
        pairs[bit >>> 6] |= 1L << bit;
    }

    private static int hash(char first, char second) {
        return (first * 31 + second) & MASK;
    }
}
