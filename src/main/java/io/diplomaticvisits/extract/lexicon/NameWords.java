package io.diplomaticvisits.extract.lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words that shape a person's name ({@code name-words.tsv}) and the family names where a Vietnamese name begins
 * ({@code vietnamese-surnames.tsv}). Lookups take a word as written.
 */
public final class NameWords {

    private final Set<String> particles;
    private final Set<String> foreignOnlyParticles;
    private final Set<String> suffixes;
    private final Set<String> stops;
    private final Set<String> notFirst;
    private final Set<String> surnames;
    /** The family names without diacritics, as English texts write them ("Bui", "Nguyen"). */
    private final Set<String> unaccentedSurnames;

    private NameWords(Set<String> particles, Set<String> foreignOnlyParticles, Set<String> suffixes,
                      Set<String> stops, Set<String> notFirst, Set<String> surnames) {
        this.particles = particles;
        this.foreignOnlyParticles = foreignOnlyParticles;
        this.suffixes = suffixes;
        this.stops = stops;
        this.notFirst = notFirst;
        this.surnames = surnames;
        Set<String> unaccented = new java.util.HashSet<>();
        for (String surname : surnames) {
            unaccented.add(io.diplomaticvisits.extract.text.CharFolding.foldString(surname));
        }
        this.unaccentedSurnames = Set.copyOf(unaccented);
    }

    public static NameWords load() {
        Set<String> particles = new HashSet<>();
        Set<String> foreignOnly = new HashSet<>();
        Set<String> suffixes = new HashSet<>();
        Set<String> stops = new HashSet<>();
        Set<String> notFirst = new HashSet<>();
        for (TsvTable.Row row : TsvTable.load("name-words.tsv").rows()) {
            String word = row.get("word");
            switch (row.get("kind")) {
                case "PARTICLE" -> (row.get("foreign").equals("yes") ? foreignOnly : particles).add(word);
                case "SUFFIX" -> suffixes.add(word);
                case "STOP" -> stops.add(word);
                case "NOT_FIRST" -> notFirst.add(word);
                default -> throw new IllegalStateException("Unknown kind at " + row.where());
            }
        }
        Set<String> surnames = new HashSet<>();
        for (TsvTable.Row row : TsvTable.load("vietnamese-surnames.tsv").rows()) {
            surnames.add(row.get("surname").toLowerCase(Locale.ROOT));
        }
        return new NameWords(Set.copyOf(particles), Set.copyOf(foreignOnly), Set.copyOf(suffixes),
                Set.copyOf(stops), Set.copyOf(notFirst), Set.copyOf(surnames));
    }

    /** A lower-case word that may stand inside a name ("bin", "von"); {@code foreign} admits "de", "do", "la". */
    public boolean isParticle(String word, boolean foreign) {
        return particles.contains(word) || foreign && foreignOnlyParticles.contains(word);
    }

    /** "Jr.", "III". */
    public boolean isSuffix(String word) {
        return suffixes.contains(word);
    }

    /** A capitalised word never part of a name ("Ministry", "Monday", "Tại"). */
    public boolean isStop(String word) {
        return stops.contains(word);
    }

    /** A capitalised word that does not begin a name ("Bộ", "Đại", "Trung"). */
    public boolean isNotFirst(String word) {
        return notFirst.contains(word) || stops.contains(word);
    }

    /** A Vietnamese family name, with its diacritics ("Hà" is one, "Ha" is not known to be). */
    public boolean isSurname(String word) {
        return surnames.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A Vietnamese family name written without diacritics and in ASCII only ("Bui" for "Bùi"). */
    public boolean isUnaccentedSurname(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 0x7F) {
                return false;
            }
        }
        return unaccentedSurnames.contains(word.toLowerCase(Locale.ROOT));
    }
}
