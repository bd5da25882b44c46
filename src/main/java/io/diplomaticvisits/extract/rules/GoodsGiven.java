package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.lexicon.PhraseMatch;
import io.diplomaticvisits.extract.mention.MoneyMention;
import io.diplomaticvisits.extract.text.SpaceRuns;

import java.util.ArrayList;
import java.util.List;

/**
 * Aid in kind: a verb of giving followed by a number of things ("provided two field hospitals", "committed to
 * provide 40 patrol boats", "cung cấp 20 xe cứu thương"). Each find is the goods as written, from the number on,
 * so that two different gifts of one sentence or document stay two records.
 */
final class GoodsGiven {

    /** Words between the verb and the number: "provided an additional 30 ambulances". */
    private static final String MORE = "MORE";
    private static final String COUNT = "COUNT";
    /** A number of something that is no goods: "provide 5 percent", "provided two years of training". */
    private static final String NOT_GOODS = "NOT_GOODS";
    private static final int GOODS_CHARS = 60;

    private GoodsGiven() {
    }

    /** The goods given in the sentence, lower case; a verb that is itself a kind of aid ("donated") is left out. */
    static List<String> find(SentenceFacts s, List<PhraseMatch<String>> cues, List<PhraseMatch<String>> kinds) {
        List<String> goods = new ArrayList<>();
        for (PhraseMatch<String> c : cues) {
            if (!c.value().equals("GIVE") || namesItsOwnAid(c, kinds)) {
                continue;
            }
            int count = afterFillers(s, cues, skipSpaces(s, c.end()));
            int thing = countEnd(s, cues, count);
            if (thing < 0 || moneyAt(s, count) || cueAt(cues, NOT_GOODS, thing) != null
                    || !s.text().isWordCharAt(thing) || !Character.isLetter(s.original().charAt(thing))) {
                continue;
            }
            goods.add(phrase(s, count));
        }
        return goods;
    }

    private static boolean namesItsOwnAid(PhraseMatch<String> cue, List<PhraseMatch<String>> kinds) {
        for (PhraseMatch<String> k : kinds) {
            if (k.start() == cue.start() && k.end() == cue.end() && k.value().endsWith("|no")) {
                return true;
            }
        }
        return false;
    }

    private static int afterFillers(SentenceFacts s, List<PhraseMatch<String>> cues, int at) {
        PhraseMatch<String> more = cueAt(cues, MORE, at);
        return more == null ? at : skipSpaces(s, more.end());
    }

    /** Where the word after the number starts, or -1 when no number stands at {@code at}. */
    private static int countEnd(SentenceFacts s, List<PhraseMatch<String>> cues, int at) {
        String text = s.original();
        int end = at;
        while (end < text.length() && (Character.isDigit(text.charAt(end))
                || end > at && (text.charAt(end) == ',' || text.charAt(end) == '.')
                && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)))) {
            end++;
        }
        if (end == at) {
            for (PhraseMatch<String> c : cues) {
                if (c.value().equals(COUNT) && c.start() == at) {
                    end = c.end();
                }
            }
        }
        if (end == at || end >= text.length() || !Character.isWhitespace(text.charAt(end))) {
            return -1;
        }
        return skipSpaces(s, end);
    }

    private static boolean moneyAt(SentenceFacts s, int at) {
        for (MoneyMention m : s.money()) {
            if (m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The first cue of {@code kind} that starts at {@code at}, or null. */
    private static PhraseMatch<String> cueAt(List<PhraseMatch<String>> cues, String kind, int at) {
        for (PhraseMatch<String> c : cues) {
            if (c.value().equals(kind) && c.start() == at) {
                return c;
            }
        }
        return null;
    }

    private static int skipSpaces(SentenceFacts s, int at) {
        String text = s.original();
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The number and the words after it, up to a comma or stop: the key that tells two gifts apart. */
    private static String phrase(SentenceFacts s, int from) {
        String lower = s.text().lower();
        int end = Math.min(lower.length(), from + GOODS_CHARS);
        for (int i = from; i < end; i++) {
            char c = lower.charAt(i);
            boolean stop = c == '.' && (i + 1 >= lower.length() || !Character.isDigit(lower.charAt(i + 1)));
            if (stop || c == ',' || c == ';' || c == '(') {
                end = i;
                break;
            }
        }
        return SpaceRuns.squeeze(lower.substring(from, end).strip());
    }
}
