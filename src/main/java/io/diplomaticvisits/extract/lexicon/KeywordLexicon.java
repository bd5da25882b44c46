package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.text.MatchText;

import java.util.List;

/**
 * A word list whose rows map a phrase to one value column ("type", "cue", "level" ...): event triggers, cues,
 * partnership levels, agreement kinds. An optional {@code case} column holds a {@link CasePolicy}.
 */
public final class KeywordLexicon {

    private final PhraseMatcher<String> matcher;

    private KeywordLexicon(PhraseMatcher<String> matcher) {
        this.matcher = matcher;
    }

    /** Loads {@code lexicon/FILE}; each match's value is the row's {@code valueColumns} joined by {@code |}. */
    public static KeywordLexicon load(String file, String... valueColumns) {
        TsvTable table = TsvTable.load(file);
        boolean hasCase = table.header().contains("case");
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
        for (TsvTable.Row row : table.rows()) {
            StringBuilder value = new StringBuilder();
            for (String column : valueColumns) {
                if (value.length() > 0) {
                    value.append('|');
                }
                value.append(row.get(column));
            }
            String caseCell = hasCase ? row.get("case") : "";
            CasePolicy policy = caseCell.isEmpty() ? defaultPolicy(row.get("phrase")) : CasePolicy.valueOf(caseCell);
            builder.add(row.get("phrase"), policy, value.toString());
        }
        return new KeywordLexicon(builder.build());
    }

    /** Acronyms such as "ODA" or "MOU" match only as written; other phrases in any case. */
    private static CasePolicy defaultPolicy(String phrase) {
        boolean hasLetter = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLetter(c)) {
                hasLetter = true;
                if (Character.isLowerCase(c) && i > 0) {
                    return CasePolicy.ANY;
                }
            }
        }
        return hasLetter && phrase.length() <= 5 && Character.isUpperCase(phrase.charAt(0))
                ? CasePolicy.EXACT : CasePolicy.ANY;
    }

    public List<PhraseMatch<String>> find(MatchText text) {
        return matcher.findAll(text);
    }
}
