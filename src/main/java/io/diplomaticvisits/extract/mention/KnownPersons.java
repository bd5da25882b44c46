package io.diplomaticvisits.extract.mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The persons one document has named so far, in the order met, each name and country once, with their short
 * names indexed as they come so that no sentence indexes them again. Grows while one document is read, so never
 * shared.
 */
public final class KnownPersons {

    private final List<PersonMention> persons = new ArrayList<>();
    private final ShortNameIndex shortNames = new ShortNameIndex();
    private final Set<String> officials = new HashSet<>();

    public static KnownPersons of(List<PersonMention> persons) {
        KnownPersons known = new KnownPersons();
        persons.forEach(known::add);
        return known;
    }

    /** Adds the person unless one of the same name and country is known already. */
    public void addIfNew(PersonMention person) {
        for (PersonMention k : persons) {
            if (k.name().equals(person.name()) && Objects.equals(k.country(), person.country())) {
                return;
            }
        }
        add(person);
    }

    /** Remembers an official of an international organisation, who belongs to no country. */
    public void addOfficial(String name) {
        officials.add(name);
    }

    /** Whether the document has named an official of an international organisation so far. */
    public boolean hasOfficials() {
        return !officials.isEmpty();
    }

    /**
     * True for a name the document gave an organisation's official before, in full or by its last word
     * ("ông Guterres" after "Tổng thư ký Liên Hợp Quốc António Guterres").
     */
    public boolean isOfficial(String name) {
        if (officials.contains(name)) {
            return true;
        }
        for (String official : officials) {
            if (official.endsWith(" " + name)) {
                return true;
            }
        }
        return false;
    }

    /** Every known person, in the order met. */
    public List<PersonMention> all() {
        return Collections.unmodifiableList(persons);
    }

    /** A copy of the short-name index of every known person, for one sentence's scan to grow. */
    ShortNameIndex shortNames() {
        return shortNames.copy();
    }

    private void add(PersonMention person) {
        persons.add(person);
        shortNames.add(person);
    }
}
