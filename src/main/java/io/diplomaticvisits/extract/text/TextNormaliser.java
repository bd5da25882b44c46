package io.diplomaticvisits.extract.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * First stage: Unicode NFC, a leading byte-order mark dropped, control characters other than {@code \n},
 * {@code \r} and {@code \t} turned into spaces. {@code Ð} and glued words are left alone: {@link MatchText} reads
 * them at matching time. Input that is already NFC and has no byte-order mark keeps its offsets and gets no map.
 */
public final class TextNormaliser {

    private static final int MAX_CACHED_SEQUENCES = 1 << 16;
    private static final Map<Long, String> SEQUENCES = new ConcurrentHashMap<>();

    public NormalisedText normalise(String raw) {
        return withHyphenatedWordsJoined(composedWithoutControls(raw));
    }

    private NormalisedText composedWithoutControls(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new NormalisedText("", null);
        }
        boolean bom = raw.charAt(0) == '\uFEFF';
        boolean nfc = Normalizer.isNormalized(raw, Normalizer.Form.NFC);
        if (nfc && !bom) {
            return new NormalisedText(withoutControls(raw), null);
        }
        if (nfc) {
            int[] map = new int[raw.length()];
            for (int i = 0; i < map.length; i++) {
                map[i] = i + 1;
            }
            return new NormalisedText(withoutControls(raw.substring(1)), map);
        }
        return composed(raw, bom ? 1 : 0);
    }

    /**
     * A word cut at the end of a hard-wrapped line ("Compre-\nhensive", "New Zea-\nland") whole again: a lower-case
     * letter, a hyphen, the line break, a lower-case letter. "Asia-\nPacific" keeps its hyphen and break.
     */
    static NormalisedText withHyphenatedWordsJoined(NormalisedText in) {
        String s = in.text();
        int cut = nextCut(s, 0);
        if (cut < 0) {
            return in;
        }
        StringBuilder out = new StringBuilder(s.length());
        int[] map = new int[s.length() + 1];
        int i = 0;
        while (i < s.length()) {
            if (i == cut) {
                i = Math.max(i + 1, cutEnd(s, i));
                cut = nextCut(s, i);
                continue;
            }
            map[out.length()] = in.originalOffset(i);
            out.append(s.charAt(i));
            i++;
        }
        map[out.length()] = in.originalOffset(s.length());
        return new NormalisedText(out.toString(), Arrays.copyOf(map, out.length() + 1));
    }

    /** The offset of the next hyphen that cuts a word at a line end, from {@code from}; or -1. */
    private static int nextCut(String s, int from) {
        for (int nl = s.indexOf('\n', from); nl >= 0; nl = s.indexOf('\n', nl + 1)) {
            int hyphen = nl >= 2 && s.charAt(nl - 1) == '\r' ? nl - 2 : nl - 1;
            if (hyphen >= from && s.charAt(hyphen) == '-' && isCut(s, hyphen)) {
                return hyphen;
            }
        }
        return -1;
    }

    private static boolean isCut(String s, int hyphen) {
        int after = cutEnd(s, hyphen);
        return hyphen > 0 && Character.isLowerCase(s.charAt(hyphen - 1)) && after < s.length()
                && Character.isLowerCase(s.charAt(after));
    }

    /** Where the word goes on after the hyphen at {@code hyphen}: past the line break and the next line's indent. */
    private static int cutEnd(String s, int hyphen) {
        int i = hyphen + 1;
        if (i < s.length() && s.charAt(i) == '\r') {
            i++;
        }
        i++;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static String withoutControls(String s) {
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (isControl(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    static boolean isControl(char c) {
        return c < 0x20 ? c != '\n' && c != '\r' && c != '\t' : c >= 0x7F && c <= 0x9F;
    }

    /**
     * NFC one combining sequence at a time (a base and the marks or conjoining jamo after it), so that every
     * output char maps to the start of the sequence it came from.
     */
    private static NormalisedText composed(String raw, int from) {
        int n = raw.length();
        StringBuilder out = new StringBuilder(n);
        int[] map = new int[n + 1];
        int i = from;
        while (i < n) {
            int start = i;
            i += Character.charCount(raw.codePointAt(i));
            while (i < n && continuesSequence(raw.codePointAt(i))) {
                i += Character.charCount(raw.codePointAt(i));
            }
            if (i - start == 1 && StableChars.isStable(raw.charAt(start))) {
                map = append(out, map, raw.charAt(start), start);
            } else {
                String nfc = composedSequence(raw, start, i);
                for (int k = 0; k < nfc.length(); k++) {
                    map = append(out, map, nfc.charAt(k), start);
                }
            }
        }
        map[out.length()] = n;
        return new NormalisedText(out.toString(), Arrays.copyOf(map, out.length() + 1));
    }

    /** NFC of one combining sequence; short ones are cached, as a text repeats the same few letters. */
    private static String composedSequence(String raw, int start, int end) {
        int length = end - start;
        if (length > 3) {
            return Normalizer.normalize(raw.subSequence(start, end), Normalizer.Form.NFC);
        }
        long key = length;
        for (int k = start; k < end; k++) {
            key = key << 16 | raw.charAt(k);
        }
        String cached = SEQUENCES.get(key);
        if (cached == null) {
            cached = Normalizer.normalize(raw.subSequence(start, end), Normalizer.Form.NFC);
            if (SEQUENCES.size() < MAX_CACHED_SEQUENCES) {
                SEQUENCES.putIfAbsent(key, cached);
            }
        }
        return cached;
    }

    private static int[] append(StringBuilder out, int[] map, char c, int origin) {
        int at = out.length();
        if (at + 1 >= map.length) {
            map = Arrays.copyOf(map, map.length * 2 + 2);
        }
        map[at] = origin;
        out.append(isControl(c) ? ' ' : c);
        return map;
    }

    private static boolean continuesSequence(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || (cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0xD7B0 && cp <= 0xD7FF);
    }

    /** Chars that NFC leaves as they are when they stand alone; built on first use of the slow path only. */
    private static final class StableChars {
        private static final BitSet UNSTABLE = build();

        static boolean isStable(char c) {
            return c < 0x300 || !UNSTABLE.get(c);
        }

        private static BitSet build() {
            BitSet unstable = new BitSet(0x10000);
            for (int c = 0x300; c < 0x10000; c++) {
                if (Character.isSurrogate((char) c)) {
                    unstable.set(c);
                } else if (!Normalizer.isNormalized(String.valueOf((char) c), Normalizer.Form.NFC)) {
                    unstable.set(c);
                }
            }
            return unstable;
        }
    }
}
