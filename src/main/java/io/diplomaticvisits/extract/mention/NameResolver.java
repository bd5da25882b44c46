package io.diplomaticvisits.extract.mention;

import java.util.List;
import java.util.Optional;

/**
 * Maps a later reference ("ông Tập", "President Cuong", "Thủ tướng Orbán", or the full name again) to the one
 * person seen earlier in the same document whose first or last words it repeats; diacritics and case are ignored.
 */
public final class NameResolver {

    private final ShortNameIndex index = new ShortNameIndex();

    public NameResolver(List<PersonMention> persons) {
        persons.forEach(index::add);
    }

    /** The earlier person this name stands for, if exactly one fits. */
    public Optional<PersonMention> resolve(String name) {
        return Optional.ofNullable(index.resolve(name));
    }
}
