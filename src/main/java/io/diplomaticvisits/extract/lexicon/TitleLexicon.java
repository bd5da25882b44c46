package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.mention.TitleMention;
import io.diplomaticvisits.extract.model.Rank;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Titles in Vietnamese and English ({@code titles.tsv}), the words that may stand between a title and the name
 * ({@code title-qualifiers.tsv}, and the provinces of {@code title-places.tsv} read as bodies) and the
 * country-specific forms of a title ({@code title-by-country.tsv}); titles in the plural ({@code title-plurals.tsv}).
 */
public final class TitleLexicon {

    private final PhraseMatcher<TitleSense> titles;
    private final PhraseMatcher<TitleSense> plurals;
    private final PhraseMatcher<QualifierKind> qualifiers;
    private final Map<String, String> byCountry;

    private TitleLexicon(PhraseMatcher<TitleSense> titles, PhraseMatcher<TitleSense> plurals,
                         PhraseMatcher<QualifierKind> qualifiers, Map<String, String> byCountry) {
        this.titles = titles;
        this.plurals = plurals;
        this.qualifiers = qualifiers;
        this.byCountry = byCountry;
    }

    public static TitleLexicon load() {
        PhraseMatcher.Builder<TitleSense> titles = PhraseMatcher.<TitleSense>builder().gluedJoinsAsSpaces();
        Map<String, TitleSense> firstSense = new HashMap<>();
        for (TsvTable.Row row : TsvTable.load("titles.tsv").rows()) {
            String home = row.get("home");
            TitleSense sense = new TitleSense(row.get("title"), Rank.valueOf(row.get("rank")), row.get("language"),
                    home.isEmpty() ? null : home);
            firstSense.putIfAbsent(key(sense.title(), sense.language()), sense);
            CasePolicy policy = CasePolicy.valueOf(row.get("case"));
            for (String phrase : row.list("phrase")) {
                titles.add(phrase, policy, sense);
            }
        }
        PhraseMatcher.Builder<TitleSense> plurals = PhraseMatcher.<TitleSense>builder().gluedJoinsAsSpaces();
        for (TsvTable.Row row : TsvTable.load("title-plurals.tsv").rows()) {
            TitleSense sense = firstSense.get(key(row.get("title"), row.get("language")));
            if (sense == null) {
                throw new IllegalStateException("title-plurals.tsv: no title " + row.get("title") + " in titles.tsv");
            }
            for (String phrase : row.list("phrase")) {
                plurals.add(phrase, CasePolicy.ANY, sense);
            }
        }
        PhraseMatcher.Builder<QualifierKind> qualifiers = PhraseMatcher.<QualifierKind>builder().gluedJoinsAsSpaces();
        for (TsvTable.Row row : TsvTable.load("title-qualifiers.tsv").rows()) {
            QualifierKind kind = QualifierKind.valueOf(row.get("kind"));
            CasePolicy policy = CasePolicy.valueOf(row.get("case"));
            for (String phrase : row.list("phrase")) {
                qualifiers.add(phrase, policy, kind);
            }
        }
        for (TsvTable.Row row : TsvTable.load("title-places.tsv").rows()) {
            qualifiers.add(row.get("place"), CasePolicy.CAPITALISED, QualifierKind.BODY);
        }
        Map<String, String> byCountry = new HashMap<>();
        for (TsvTable.Row row : TsvTable.load("title-by-country.tsv").rows()) {
            byCountry.put(key(row.get("title"), row.get("country")), row.get("qualified"));
        }
        return new TitleLexicon(titles.build(), plurals.build(), qualifiers.build(), Map.copyOf(byCountry));
    }

    /** Every title in the text, left to right, the longest at each place. */
    public List<TitleMention> find(MatchText text) {
        return mentionsOf(findSenses(text));
    }

    /** The mentions of titles found by {@link #findSenses(MatchText)}. */
    public static List<TitleMention> mentionsOf(List<PhraseMatch<TitleSense>> senses) {
        List<TitleMention> out = new ArrayList<>(senses.size());
        for (PhraseMatch<TitleSense> m : senses) {
            out.add(new TitleMention(m.start(), m.end(), m.value().title(), m.value().rank()));
        }
        return out;
    }

    /** Every title with its full sense, left to right. */
    public List<PhraseMatch<TitleSense>> findSenses(MatchText text) {
        return titles.findAll(text);
    }

    /** Every title written in the plural ("ambassadors", "các Đại sứ"), left to right, with its singular's sense. */
    public List<PhraseMatch<TitleSense>> findPlurals(MatchText text) {
        return plurals.findAll(text);
    }

    /** The longest title starting exactly at {@code start}, or null. */
    public PhraseMatch<TitleSense> titleAt(MatchText text, int start) {
        return titles.longestAt(text, start);
    }

    /** The longest qualifier ("Chính phủ", "nước", "of the") starting exactly at {@code start}, or null. */
    public PhraseMatch<QualifierKind> qualifierAt(MatchText text, int start) {
        return qualifiers.longestAt(text, start);
    }

    /** The title as said of a person of {@code country}: "General Secretary" of VN is "... of Vietnam". */
    public String qualify(String title, String country) {
        if (country == null) {
            return title;
        }
        return byCountry.getOrDefault(key(title, country), title);
    }

    private static String key(String title, String country) {
        return title + '\u0000' + country;
    }
}
