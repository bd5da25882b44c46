package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.lexicon.CasePolicy;
import io.diplomaticvisits.extract.lexicon.KeywordLexicon;
import io.diplomaticvisits.extract.lexicon.PhraseMatch;
import io.diplomaticvisits.extract.lexicon.PhraseMatcher;
import io.diplomaticvisits.extract.lexicon.TsvTable;
import io.diplomaticvisits.extract.model.VisitType;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.ArrayList;
import java.util.List;

/** Event triggers and cues, loaded once from {@code event-triggers.tsv} and {@code event-cues.tsv}. */
public final class EventLexicon {

    private static final String BLOCKED = "BLOCKED";

    private final PhraseMatcher<String> triggers;
    private final KeywordLexicon cues;

    private EventLexicon(PhraseMatcher<String> triggers, KeywordLexicon cues) {
        this.triggers = triggers;
        this.cues = cues;
    }

    public static EventLexicon load() {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
        // Phrases that contain a trigger word but are no event ("tiếp tục") are listed so the longest match eats them.
        for (TsvTable.Row row : TsvTable.load("event-cues.tsv").rows()) {
            if (row.get("cue").equals("NOT_TRIGGER")) {
                builder.add(row.get("phrase"), CasePolicy.ANY, BLOCKED);
            }
        }
        for (TsvTable.Row row : TsvTable.load("event-triggers.tsv").rows()) {
            builder.add(row.get("phrase"), CasePolicy.valueOf(row.get("case")), row.get("type") + "|" + row.get("form"));
        }
        return new EventLexicon(builder.build(), KeywordLexicon.load("event-cues.tsv", "cue"));
    }

    public List<Trigger> triggers(MatchText text) {
        List<Trigger> out = new ArrayList<>();
        for (PhraseMatch<String> m : triggers.findAll(text)) {
            if (m.value().equals(BLOCKED)) {
                continue;
            }
            String[] parts = m.value().split("\\|");
            out.add(new Trigger(m.start(), m.end(), VisitType.valueOf(parts[0]), TriggerForm.valueOf(parts[1])));
        }
        return out;
    }

    public List<Cue> cues(MatchText text) {
        List<Cue> out = new ArrayList<>();
        for (PhraseMatch<String> m : cues.find(text)) {
            if (!m.value().equals("NOT_TRIGGER")) {
                out.add(new Cue(m.start(), m.end(), m.value()));
            }
        }
        return out;
    }
}
