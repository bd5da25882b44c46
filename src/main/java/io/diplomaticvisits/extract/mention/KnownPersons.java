package io.diplomaticvisits.extract.mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The persons one document has named so far, in the order met, each name and country once, with their short
 * names indexed as they come so that no sentence indexes them again. Grows while one document is read, so never
 * shared.
 */
public final class KnownPersons {

    private final List<PersonMention> persons = new ArrayList<>();
    private final ShortNameIndex shortNames = new ShortNameIndex();

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
