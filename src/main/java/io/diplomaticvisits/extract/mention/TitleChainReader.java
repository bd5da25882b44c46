package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.lexicon.LeaderLexicon;
import io.diplomaticvisits.extract.lexicon.PhraseMatch;
import io.diplomaticvisits.extract.lexicon.QualifierKind;
import io.diplomaticvisits.extract.lexicon.TitleLexicon;
import io.diplomaticvisits.extract.lexicon.TitleSense;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a chain of titles in one text: titles joined by commas, "kiêm" or "and", with the bodies, state forms,
 * countries, acronyms and postings ("tại Mozambique", "to Thailand") between them. Made for one call.
 */
final class TitleChainReader {

    /** Titles read before or after a name, with the first country they name and where they end. */
    record Chain(int start, int end, List<TitleSense> senses, String country) {
    }

    /** How long the second portfolio of a ministry may be ("Kinh tế đối ngoại", "Phát triển nông thôn"). */
    private static final int PORTFOLIO_CHARS = 40;

    private final TitleLexicon titles;
    private final LeaderLexicon leaders;
    private final MatchText text;
    private final String s;
    private final Map<Integer, CountryMention> countriesByStart;
    private final Map<Integer, PlaceMention> placesByStart;

    TitleChainReader(TitleLexicon titles, LeaderLexicon leaders, MatchText text,
                     Map<Integer, CountryMention> countriesByStart, Map<Integer, PlaceMention> placesByStart) {
        this.titles = titles;
        this.leaders = leaders;
        this.text = text;
        this.s = text.original();
        this.countriesByStart = countriesByStart;
        this.placesByStart = placesByStart;
    }

    /** Titles joined by commas, "kiêm", "and", with their bodies, country and posting, from {@code pos}. */
    Chain read(int pos) {
        PhraseMatch<TitleSense> first = titles.titleAt(text, pos);
        if (first == null) {
            return null;
        }
        List<TitleSense> senses = new ArrayList<>();
        senses.add(first.value());
        String country = null;
        int end = first.end();
        while (true) {
            int q = Gaps.skip(s, end);
            if (q < 0 || q >= s.length()) {
                break;
            }
            PhraseMatch<TitleSense> t = titles.titleAt(text, q);
            if (t != null && leaders.leaderAt(text, q) == null) {
                senses.add(t.value());
                end = t.end();
                continue;
            }
            char c = s.charAt(q);
            if (c == ',') {
                PhraseMatch<TitleSense> next = titleAfter(q + 1);
                if (next == null) {
                    int listEnd = portfolioListEnd(Gaps.skip(s, q + 1));
                    if (listEnd < 0 && first.value().vietnamese()) {
                        listEnd = joinedPortfoliosUpToCountryEnd(Gaps.skip(s, q + 1));
                    }
                    if (listEnd < 0) {
                        break;
                    }
                    end = listEnd; // "Minister for Foreign Affairs, European Union and Cooperation"
                    continue;
                }
                senses.add(next.value());
                end = next.end();
                continue;
            }
            if (c == '(') {
                int close = parentheticalEnd(q);
                if (close < 0) {
                    break;
                }
                CountryMention inside = countriesByStart.get(q + 1);
                if (inside != null && inside.end() == close - 1 && country == null) {
                    country = inside.code();
                }
                end = close;
                continue;
            }
            if (leaders.leaderAt(text, q) != null) {
                break;
            }
            if (s.startsWith("và ", q) && titleAfter(q + 3) == null) {
                int portfolioEnd = portfolioUpToCountryEnd(Gaps.skip(s, q + 3));
                if (portfolioEnd > 0) {
                    end = portfolioEnd; // "Bộ trưởng Ngoại giao và Kinh tế đối ngoại Hungary"
                    continue;
                }
            }
            CountryMention cm = countriesByStart.get(q);
            PhraseMatch<QualifierKind> qm = titles.qualifierAt(text, q);
            if (cm != null && (qm == null || cm.end() >= qm.end())) {
                country = country == null ? cm.code() : country;
                end = Gaps.afterPossessive(s, cm.end());
                continue;
            }
            PlaceMention place = cm == null ? placesByStart.get(q) : null;
            if (place != null && (qm == null || place.end() >= qm.end())) {
                country = country == null ? place.countryCode() : country;
                end = Gaps.afterPossessive(s, place.end());
                continue;
            }
            if (qm == null) {
                int acronymEnd = acronymEnd(q);
                if (acronymEnd > 0 && followsInChain(acronymEnd)) {
                    end = acronymEnd;
                    continue;
                }
                break;
            }
            if (qm.value() == QualifierKind.BODY) {
                end = qm.end();
                continue;
            }
            if (qm.value() == QualifierKind.PORTFOLIO) {
                break;
            }
            if (qm.value() == QualifierKind.JOINER) {
                PhraseMatch<TitleSense> next = titleAfter(qm.end());
                if (next == null) {
                    int portfolioEnd = portfoliosEnd(Gaps.skip(s, qm.end()));
                    if (portfolioEnd < 0) {
                        break;
                    }
                    end = portfolioEnd; // "Minister of Foreign Affairs and Trade"
                    continue;
                }
                senses.add(next.value());
                end = next.end();
                continue;
            }
            int r = skipLinks(qm.value() == QualifierKind.LINK ? q : Gaps.skip(s, qm.end()));
            if (r < 0) {
                break;
            }
            CountryMention target = countriesByStart.get(r);
            PhraseMatch<QualifierKind> body = titles.qualifierAt(text, r);
            if (qm.value() == QualifierKind.POSTING) {
                int postEnd = postingCountryEnd(r);
                if (postEnd < 0) {
                    break;
                }
                end = postEnd;
                continue;
            }
            if (target == null && body != null && body.value() == QualifierKind.PORTFOLIO) {
                int portfolioEnd = joinedPortfoliosEnd(r);
                if (portfolioEnd < 0) {
                    break;
                }
                end = portfolioEnd; // "Minister of Infrastructure and Water Management"
                continue;
            }
            if (target == null && (body == null || body.value() != QualifierKind.BODY)) {
                break;
            }
            end = r;
        }
        return new Chain(pos, end, List.copyOf(senses), country);
    }

    /** "and Trade", "and Rural Development": where the portfolio words after a joiner end, or -1. */
    private int portfoliosEnd(int from) {
        int end = -1;
        int i = from;
        while (i >= 0 && i < s.length()) {
            PhraseMatch<QualifierKind> m = titles.qualifierAt(text, i);
            if (m == null || m.value() != QualifierKind.PORTFOLIO) {
                break;
            }
            end = m.end();
            i = Gaps.skip(s, m.end());
        }
        return end;
    }

    /** Portfolios joined by "and", "&" or commas: "Infrastructure and Water Management"; where they end, or -1. */
    private int joinedPortfoliosEnd(int from) {
        int end = portfoliosEnd(from);
        while (end > 0) {
            int next = Gaps.skip(s, end);
            if (next < 0 || next >= s.length()) {
                break;
            }
            int after = s.startsWith("and ", next) ? next + "and ".length()
                    : s.startsWith("& ", next) ? next + "& ".length()
                    : s.startsWith(", ", next) ? next + ", ".length() : -1;
            int more = after < 0 ? -1 : portfoliosEnd(Gaps.skip(s, after));
            if (more < 0) {
                break;
            }
            end = more;
        }
        return end;
    }

    /**
     * More portfolios of one ministry listed after a comma, the last after "and": ", European Union and Cooperation",
     * ", Foreign Employment and Tourism"; where they end, or -1.
     */
    private int portfolioListEnd(int from) {
        int i = from;
        while (i >= 0 && i < s.length()) {
            int end = portfoliosEnd(i);
            int next = end < 0 ? -1 : Gaps.skip(s, end);
            if (next < 0 || next >= s.length()) {
                return -1;
            }
            if (s.startsWith("and ", next)) {
                return portfoliosEnd(Gaps.skip(s, next + "and ".length()));
            }
            if (s.charAt(next) != ',') {
                return -1;
            }
            i = Gaps.skip(s, next + 1);
        }
        return -1;
    }

    /**
     * A second portfolio of one ministry after "và": words from a capital on, with no punctuation, up to the country
     * the ministry is of ("và Kinh tế đối ngoại Hungary"); where they end, or -1.
     */
    private int portfolioUpToCountryEnd(int from) {
        if (from < 0 || from >= s.length() || !Character.isUpperCase(s.charAt(from))) {
            return -1;
        }
        int limit = Math.min(s.length(), from + PORTFOLIO_CHARS);
        for (int i = from + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == '.' || c == '(' || c == '\n') {
                return -1;
            }
            if (s.charAt(i - 1) == ' ' && countriesByStart.containsKey(i)) {
                return i - 1;
            }
        }
        return -1;
    }

    /**
     * Portfolios listed after a comma in Vietnamese, the last after "và", up to the country of the ministry
     * ("Bộ trưởng Ngoại giao, Các vấn đề châu Âu và Ngoại thương Vương quốc Bỉ"); where they end, or -1.
     */
    private int joinedPortfoliosUpToCountryEnd(int from) {
        int end = portfolioUpToCountryEnd(from);
        return end > 0 && s.substring(from, end).contains(" và ") ? end : -1;
    }

    /** After "tại", "to": where the posting's country ends, past bodies such as "Socialist Republic of"; or -1. */
    private int postingCountryEnd(int from) {
        int i = from;
        while (i >= 0 && i < s.length()) {
            CountryMention c = countriesByStart.get(i);
            if (c != null) {
                return c.end();
            }
            PhraseMatch<QualifierKind> m = titles.qualifierAt(text, i);
            if (m == null || m.value() != QualifierKind.BODY && m.value() != QualifierKind.LINK) {
                return -1;
            }
            i = Gaps.skip(s, m.end());
        }
        return -1;
    }

    private PhraseMatch<TitleSense> titleAfter(int i) {
        int q = Gaps.skip(s, i);
        return q < 0 || q >= s.length() ? null : titles.titleAt(text, q);
    }

    /** Skips LINK words ("of the", "nước") from {@code q}; the index after them, or -1. */
    private int skipLinks(int q) {
        int i = q;
        while (i >= 0 && i < s.length()) {
            PhraseMatch<QualifierKind> m = titles.qualifierAt(text, i);
            if (m == null || m.value() != QualifierKind.LINK) {
                return i;
            }
            i = Gaps.skip(s, m.end());
        }
        return i < s.length() ? i : -1;
    }

    /**
     * Where a short parenthesis opening on a capital ends, or -1: an acronym or country ("(CPV)", "(RoK)") or the
     * gloss of a body ("Đuma Quốc gia (Hạ viện)"), not a caption or a clock ("(Ảnh: TTXVN)", "(giờ địa phương)").
     */
    private int parentheticalEnd(int open) {
        int limit = Math.min(s.length(), open + 40);
        if (open + 1 >= limit || !Character.isUpperCase(s.charAt(open + 1))) {
            return -1;
        }
        for (int i = open + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ')') {
                return i + 1;
            }
            if (c == '(' || c == '\n' || c == ':') {
                return -1;
            }
        }
        return -1;
    }

    /** An acronym of two to eight capitals ("FTUB", "UBND"): the end of the word, or -1. */
    private int acronymEnd(int q) {
        int j = q;
        while (j < s.length() && MatchText.isWordChar(s.charAt(j))) {
            if (Character.isLowerCase(s.charAt(j))) {
                return -1;
            }
            j++;
        }
        int length = j - q;
        return length >= 2 && length <= 8 && Character.isLetter(s.charAt(q)) ? j : -1;
    }

    /** Whether the chain goes on after an acronym: with a name, a country, a body or another title. */
    private boolean followsInChain(int i) {
        int q = Gaps.skip(s, i);
        return q >= 0 && q < s.length() && (Character.isUpperCase(s.charAt(q)) || s.charAt(q) == ',');
    }
}
