package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.mention.PersonMention;
import io.diplomaticvisits.extract.model.ParticipantRecord;
import io.diplomaticvisits.extract.model.SourceRef;
import io.diplomaticvisits.extract.text.CharFolding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gathers the persons of a document's events into one record each, across name forms ("Tô Lâm" / "To Lam"). */
final class ParticipantRegistry {

    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private final Map<String, Entry> byForm = new HashMap<>();

    void add(PersonMention person, String fallbackCountry, SourceRef source) {
        Entry entry = null;
        for (String form : forms(person)) {
            entry = byForm.get(form);
            if (entry != null) {
                break;
            }
        }
        if (entry == null && !person.name().contains(" ")) {
            entry = byLastOrFirstWord(CharFolding.foldString(person.name()));
        }
        if (entry == null) {
            entry = new Entry(person.name());
            byName.put(CharFolding.foldString(person.name()), entry);
        }
        for (String form : forms(person)) {
            byForm.putIfAbsent(form, entry);
        }
        for (String alias : person.aliases()) {
            if (!alias.equals(entry.name)) {
                entry.aliases.add(alias);
            }
        }
        entry.titles.addAll(person.titles());
        if (entry.country == null) {
            entry.country = person.country() != null ? person.country() : fallbackCountry;
        }
        if (!entry.sources.contains(source)) {
            entry.sources.add(source);
        }
    }

    List<ParticipantRecord> records() {
        foldShortNamesIntoFullOnes();
        List<ParticipantRecord> out = new ArrayList<>();
        for (Entry e : byName.values()) {
            out.add(new ParticipantRecord(e.name, List.copyOf(e.aliases), e.country, List.copyOf(e.titles),
                    List.copyOf(e.sources), e.titles.isEmpty() ? 0.6 : 0.85));
        }
        return out;
    }

    /** "Putin" seen before "Vladimir Putin": the one-word entry joins the full name once both are known. */
    private void foldShortNamesIntoFullOnes() {
        for (String key : new ArrayList<>(byName.keySet())) {
            if (key.contains(" ")) {
                continue;
            }
            Entry shortEntry = byName.get(key);
            Entry full = byLastOrFirstWord(key);
            if (full == null || full == shortEntry) {
                continue;
            }
            byName.remove(key);
            full.aliases.add(shortEntry.name);
            full.titles.addAll(shortEntry.titles);
            if (full.country == null) {
                full.country = shortEntry.country;
            }
            for (SourceRef source : shortEntry.sources) {
                if (!full.sources.contains(source)) {
                    full.sources.add(source);
                }
            }
        }
    }

    /** A one-word name ("Putin") is the person whose full name begins or ends with that word. */
    private Entry byLastOrFirstWord(String word) {
        Entry found = null;
        for (Map.Entry<String, Entry> e : byName.entrySet()) {
            if (e.getKey().endsWith(" " + word) || e.getKey().startsWith(word + " ")) {
                if (found != null && found != e.getValue()) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    private static List<String> forms(PersonMention p) {
        List<String> out = new ArrayList<>();
        out.add(CharFolding.foldString(p.name()));
        for (String alias : p.aliases()) {
            out.add(CharFolding.foldString(alias));
        }
        return out;
    }

    private static final class Entry {
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> titles = new LinkedHashSet<>();
        String country;
        final List<SourceRef> sources = new ArrayList<>();

        Entry(String name) {
            this.name = name;
        }
    }
}
