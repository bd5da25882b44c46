package io.diplomaticvisits.extract.lexicon;

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
    /** The first chars of keys of one char, or of keys that open with a space (a run of any length), hashed. */
    private final long[] alone = new long[(MASK + 1) / 64];

    OpeningPairs(Collection<String> keys, boolean gluedJoinsAsSpaces) {
        for (String key : keys) {
            if (key.length() == 1 || key.charAt(0) == ' ') {
                set(alone, key.charAt(0) & MASK);
                continue;
            }
            set(pairs, hash(key.charAt(0), key.charAt(1)));
            if (gluedJoinsAsSpaces && key.charAt(1) == ' ' && key.length() > 2) {
                set(pairs, hash(key.charAt(0), key.charAt(2)));
            }
        }
    }

    /** False only when no key can match {@code s} from {@code i}: the chars there are no key's first two. */
    boolean mayOpen(String s, int i) {
        if (i + 1 >= s.length()) {
            return true;
        }
        char first = s.charAt(i);
        return isSet(pairs, hash(first, s.charAt(i + 1))) || isSet(alone, first & MASK);
    }

    private static void set(long[] bits, int bit) {
        bits[bit >>> 6] |= 1L << bit;
    }

    private static boolean isSet(long[] bits, int bit) {
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    private static int hash(char first, char second) {
        return (first * 31 + second) & MASK;
    }
}
