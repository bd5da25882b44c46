package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.model.Rank;

import java.util.List;

/** A leader listed by name: the canonical (Vietnamese) spelling, other spellings, and the most senior title held. */
public record KnownPerson(String name, String country, List<String> aliases, String title, Rank rank) {

    public KnownPerson {
        aliases = List.copyOf(aliases);
    }
}
