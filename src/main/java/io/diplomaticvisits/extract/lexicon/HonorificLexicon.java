package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.text.MatchText;

import java.util.List;

/** Words that stand before a name and are not part of it ({@code honorifics.tsv}): "ông", "Mr.", "Tan Sri". */
public final class HonorificLexicon {

    private final PhraseMatcher<String> matcher;

    private HonorificLexicon(PhraseMatcher<String> matcher) {
        this.matcher = matcher;
    }

    public static HonorificLexicon load() {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
        for (TsvTable.Row row : TsvTable.load("honorifics.tsv").rows()) {
            CasePolicy policy = CasePolicy.valueOf(row.get("case"));
            for (String phrase : row.list("phrase")) {
                builder.add(phrase, policy, row.get("language"));
            }
        }
        return new HonorificLexicon(builder.build());
    }

    /** Every honorific, left to right; the value is its language ("vi", "en" or "any"). */
    public List<PhraseMatch<String>> find(MatchText text) {
        return matcher.findAll(text);
    }

    /** The longest honorific starting exactly at {@code start}, or null. */
    public PhraseMatch<String> honorificAt(MatchText text, int start) {
        return matcher.longestAt(text, start);
    }
}
