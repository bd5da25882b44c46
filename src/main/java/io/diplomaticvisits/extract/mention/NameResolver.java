package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.text.CharFolding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a short later reference ("ông Tập", "President Cuong", "Thủ tướng Orbán") to the one full name seen
 * earlier in the same document whose first or last words it repeats; diacritics and case are ignored.
 */
public final class NameResolver {

    private final List<PersonMention> persons;

    public NameResolver(List<PersonMention> persons) {
        this.persons = List.copyOf(persons);
    }

    /** The earlier person this short name stands for, if exactly one fits. */
    public Optional<PersonMention> resolve(String shortName) {
        List<String> shortWords = words(shortName);
        if (shortWords.isEmpty()) {
            return Optional.empty();
        }
        PersonMention found = null;
        for (PersonMention person : persons) {
            if (fits(shortWords, person)) {
                if (found != null && !found.name().equals(person.name())) {
                    return Optional.empty();
                }
                found = found == null ? person : found;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean fits(List<String> shortWords, PersonMention person) {
        List<String> forms = new ArrayList<>(person.aliases());
        forms.add(person.name());
        for (String form : forms) {
            List<String> full = words(form);
            int n = shortWords.size();
            if (n <= full.size() && (full.subList(0, n).equals(shortWords)
                    || full.subList(full.size() - n, full.size()).equals(shortWords))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : CharFolding.foldString(name).split("[\\s,]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
