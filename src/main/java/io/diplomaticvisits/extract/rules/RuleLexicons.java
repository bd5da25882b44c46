package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.lexicon.KeywordLexicon;

/** The word lists of the rules, loaded once and shared by every document's run. */
public record RuleLexicons(
        EventLexicon events,
        KeywordLexicon partnershipLevels,
        KeywordLexicon partnershipCues,
        KeywordLexicon agreementKinds,
        KeywordLexicon agreementCues) {

    public static RuleLexicons load() {
        return new RuleLexicons(
                EventLexicon.load(),
                KeywordLexicon.load("partnership-levels.tsv", "level"),
                KeywordLexicon.load("partnership-cues.tsv", "cue"),
                KeywordLexicon.load("agreement-types.tsv", "type", "needs_value"),
                KeywordLexicon.load("agreement-cues.tsv", "cue"));
    }
}
