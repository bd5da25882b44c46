package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.lexicon.NameWords;
import io.diplomaticvisits.extract.lexicon.PhraseMatch;
import io.diplomaticvisits.extract.lexicon.TitleLexicon;
import io.diplomaticvisits.extract.lexicon.TitleSense;
import io.diplomaticvisits.extract.text.CharFolding;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the run of capitalised words that make a person's name: hyphens, initials, particles such as "bin" or
 * "von der", suffixes such as "Jr."; it ends before lower-case words, punctuation, a title, a country or a stop
 * word. A Vietnamese run too long for one name keeps the part from its last plausible family name.
 */
final class NameReader {

    /** A name as written: {@code [start, end)}, its words, and whether "'s" followed it. */
    record Run(int start, int end, List<String> words, boolean possessive, boolean badFirstWord) {

        boolean vietnameseShaped() {
            for (String w : words) {
                if (!VietnameseSyllable.looksVietnamese(w)) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Token(int start, int end, String word) {
    }

    /** A nickname in double quotes inside a name: "Chiz" in Francis "Chiz" Escudero. */
    private static final Pattern NICKNAME = Pattern.compile(
            "[\"“][\\p{Lu}][\\p{L}.-]*(?: [\\p{Lu}][\\p{L}.-]*)?[\"”]");

    private final TitleLexicon titles;
    private final NameWords nameWords;

    NameReader(TitleLexicon titles, NameWords nameWords) {
        this.titles = titles;
        this.nameWords = nameWords;
    }

    /** The name starting at {@code pos}, or null when no capitalised word stands there. */
    Run read(MatchText text, int pos, Map<Integer, CountryMention> countriesByStart) {
        String s = text.original();
        List<Token> tokens = new ArrayList<>();
        boolean possessive = false;
        boolean familyNameInCapitals = familyNameInCapitals(s, pos);
        int i = pos;
        while (true) {
            if (i < 0 || i >= s.length()) {
                break;
            }
            Token t = capitalisedToken(s, i);
            int afterNickname = t != null || tokens.isEmpty() ? -1 : afterQuotedNickname(s, i);
            if (afterNickname > 0) {
                i = afterNickname; // Francis "Chiz" Escudero
                continue;
            }
            if (t == null) {
                Token particle = particle(text, i, !tokens.isEmpty());
                if (particle == null) {
                    break;
                }
                int next = Gaps.skip(s, particle.end());
                Token after = next < 0 ? null : capitalisedToken(s, next);
                if (after == null && (next < 0 || particle(text, next, true) == null)) {
                    break;
                }
                boolean foreignOnly = !nameWords.isParticle(particle.word(), false);
                if (foreignOnly && (after == null || VietnameseSyllable.looksVietnamese(after.word())
                        || VietnameseSyllable.looksVietnamese(tokens.get(tokens.size() - 1).word()))) {
                    break;
                }
                tokens.add(particle);
                i = next;
                continue;
            }
            boolean capitalsAllowed = familyNameInCapitals && tokens.isEmpty();
            if (!capitalsAllowed && endsName(text, t, tokens.isEmpty(), countriesByStart)) {
                break;
            }
            tokens.add(t);
            if (possessiveAt(s, t.end())) {
                possessive = true;
                break;
            }
            i = Gaps.skip(s, t.end());
        }
        while (!tokens.isEmpty() && !Character.isUpperCase(tokens.get(tokens.size() - 1).word().charAt(0))) {
            tokens.remove(tokens.size() - 1);
        }
        if (tokens.isEmpty()) {
            return null;
        }
        tokens = trimVietnamese(tokens);
        int end = tokens.get(tokens.size() - 1).end();
        if (!possessive) {
            end = withSuffix(s, end);
        }
        List<String> words = new ArrayList<>();
        for (Token t : tokens) {
            words.add(t.word());
        }
        boolean bad = nameWords.isNotFirst(tokens.get(0).word());
        return new Run(tokens.get(0).start(), end, words, possessive, bad);
    }

    /** Where the name goes on after a nickname in double quotes inside it ("Chiz"), or -1. */
    private static int afterQuotedNickname(String s, int i) {
        Matcher m = NICKNAME.matcher(s).region(i, Math.min(s.length(), i + 32));
        if (!m.lookingAt()) {
            return -1;
        }
        int next = Gaps.skip(s, m.end());
        return next > m.end() && next < s.length() && Character.isUpperCase(s.charAt(next)) ? next : -1;
    }

    /** The name as written without the nicknames in double quotes inside it. */
    static String withoutNicknames(String written) {
        return NICKNAME.matcher(written).replaceAll("").replaceAll("\\s{2,}", " ");
    }

    private boolean endsName(MatchText text, Token t, boolean first, Map<Integer, CountryMention> countries) {
        String w = t.word();
        if (nameWords.isStop(w) || isAllCaps(w) || !first && nameWords.isSuffix(w)) {
            return true;
        }
        CountryMention c = countries.get(t.start());
        if (c != null && !c.ambiguous()) {
            return true;
        }
        if (!first) {
            PhraseMatch<TitleSense> title = titles.titleAt(text, t.start());
            return title != null && text.original().substring(title.start(), title.end()).indexOf(' ') > 0;
        }
        return false;
    }

    /** A word starting with a capital ("Ramos", "Jean-Noël", "R.", "O'Brien") or "al-Sudani". */
    private static Token capitalisedToken(String s, int i) {
        char c = s.charAt(i);
        if (!MatchText.isWordChar(c) && !s.startsWith("al-", i) && !s.startsWith("el-", i)) {
            return null; // upper-case symbols such as Ⓐ or Ⅻ are no name
        }
        int j = i;
        if (!Character.isUpperCase(c)) {
            if (s.startsWith("al-", i) || s.startsWith("el-", i)) {
                j = i + 3;
                if (j >= s.length() || !Character.isUpperCase(s.charAt(j))) {
                    return null;
                }
            } else {
                return null;
            }
        }
        while (j < s.length()) {
            char d = s.charAt(j);
            if (MatchText.isWordChar(d)) {
                j++;
            } else if ((d == '-' || d == '\'' || d == '\u2019') && j + 1 < s.length()
                    && Character.isLetter(s.charAt(j + 1)) && !possessiveAt(s, j)) {
                j++;
            } else {
                break;
            }
        }
        if (j == i) {
            return null;
        }
        if (j - i == 1) {
            if (j >= s.length() || s.charAt(j) != '.') {
                return null;
            }
            j++;
        }
        return new Token(i, j, s.substring(i, j));
    }

    private Token particle(MatchText text, int i, boolean inside) {
        if (!inside || !text.isWordStart(i)) {
            return null;
        }
        String s = text.original();
        int j = i;
        while (j < s.length() && MatchText.isWordChar(s.charAt(j))) {
            j++;
        }
        String w = s.substring(i, j);
        return !w.isEmpty() && nameWords.isParticle(w, true) ? new Token(i, j, w) : null;
    }

    private static boolean possessiveAt(String s, int i) {
        if (i + 1 >= s.length()) {
            return false;
        }
        char q = s.charAt(i);
        char n = s.charAt(i + 1);
        return (q == '\'' || q == '\u2019') && (n == 's' || n == 'S')
                && (i + 2 >= s.length() || !MatchText.isWordChar(s.charAt(i + 2)));
    }

    /**
     * "Mr. IWAYA Takeshi", "Ms. KAMIKAWA Yoko": a family name in capitals of two letters or more, then a given name
     * in the usual case, as Japanese and some other governments write their people's names.
     */
    private static boolean familyNameInCapitals(String s, int pos) {
        Token family = pos >= 0 && pos < s.length() ? capitalisedToken(s, pos) : null;
        if (family == null || family.word().length() < 2 || !isAllCaps(family.word())) {
            return false;
        }
        int next = Gaps.skip(s, family.end());
        Token given = next < 0 || next >= s.length() ? null : capitalisedToken(s, next);
        return given != null && !isAllCaps(given.word()) && given.word().length() > 1;
    }

    private static boolean isAllCaps(String w) {
        int letters = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * Keeps a Vietnamese name from its family name when a place or a body stands before it in one run
     * ("Nghệ An Thái Thanh Quý", "Vingroup Phạm Nhật Vượng").
     */
    private List<Token> trimVietnamese(List<Token> tokens) {
        int n = tokens.size();
        if (n < 3) {
            return tokens;
        }
        int lastForeign = -1;
        for (int k = 0; k < n; k++) {
            if (!VietnameseSyllable.looksVietnamese(tokens.get(k).word())) {
                lastForeign = k;
            }
        }
        if (lastForeign >= 0) {
            int tail = lastForeign + 1;
            boolean vietnameseTail = n - tail >= 2 && n - tail <= 4 && nameWords.isSurname(tokens.get(tail).word())
                    && !tokens.get(tail).word().equals(CharFolding.foldString(tokens.get(tail).word()));
            return vietnameseTail ? tokens.subList(tail, n) : tokens;
        }
        if (n <= 4 && nameWords.isSurname(tokens.get(0).word())) {
            return tokens;
        }
        for (int k = 1; k <= n - 2; k++) {
            if (n - k <= 4 && nameWords.isSurname(tokens.get(k).word())) {
                return tokens.subList(k, n);
            }
        }
        return n > 4 ? tokens.subList(n - 3, n) : tokens;
    }

    /** Takes in "Jr.", ", Jr.", "III" after the name. */
    private int withSuffix(String s, int end) {
        int i = end;
        if (i < s.length() && s.charAt(i) == ',') {
            i++;
        }
        i = Gaps.skip(s, i);
        if (i < 0 || i >= s.length()) {
            return end;
        }
        int j = i;
        while (j < s.length() && (MatchText.isWordChar(s.charAt(j)) || s.charAt(j) == '.')) {
            j++;
        }
        String w = s.substring(i, j);
        if (w.endsWith(".") && !nameWords.isSuffix(w)) {
            w = w.substring(0, w.length() - 1);
            j--;
        }
        return nameWords.isSuffix(w) ? j : end;
    }
}
