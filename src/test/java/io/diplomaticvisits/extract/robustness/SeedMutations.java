package io.diplomaticvisits.extract.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Damages a real article as scraping and copy-paste do: lines out of order, cut off, letters lost, words doubled. */
final class SeedMutations {

    private final Random random;

    SeedMutations(long seed) {
        this.random = new Random(seed);
    }

    String shuffledLines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        Collections.shuffle(lines, random);
        return String.join("\n", lines);
    }

    /** Cut at any char, even inside a surrogate pair or between a letter and its combining mark. */
    String truncated(String text) {
        return text.substring(0, random.nextInt(text.length() + 1));
    }

    /** Cut the start off too, so that the text may begin in the middle of a sentence or a date. */
    String middlePiece(String text) {
        int from = random.nextInt(text.length() + 1);
        return text.substring(from, from + random.nextInt(text.length() - from + 1));
    }

    String charactersDropped(String text, double share) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (random.nextDouble() >= share) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    String wordsDuplicated(String text, double share) {
        String[] words = text.split(" ", -1);
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(words[i]);
            while (random.nextDouble() < share) {
                out.append(' ').append(words[i]);
            }
        }
        return out.toString();
    }

    /** Characters swapped for a random one: digits into letters, letters into punctuation. */
    String charactersReplaced(String text, double share) {
        char[] chars = text.toCharArray();
        String pool = "0123456789/-–.,:;()ĐđÐ aăâeêoôơuưAĂÂỹ\n";
        for (int i = 0; i < chars.length; i++) {
            if (random.nextDouble() < share) {
                chars[i] = pool.charAt(random.nextInt(pool.length()));
            }
        }
        return new String(chars);
    }
}
