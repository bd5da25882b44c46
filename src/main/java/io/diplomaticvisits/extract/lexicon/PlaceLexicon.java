package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.mention.PlaceKind;
import io.diplomaticvisits.extract.mention.PlaceMention;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Capitals, major cities, regions and landmarks, in Vietnamese and English, each with the English city name
 * the output uses and its country's code. Data in {@code places.tsv} and {@code place-prefixes.tsv}. Built
 * once by {@link #load()}; immutable and safe to share between threads.
 */
public final class PlaceLexicon {

    private record Place(String listed, String city, String countryCode, PlaceKind kind, boolean alone) {
    }

    private record Listed(String name, CasePolicy policy, Place place, boolean vietnamese) {
    }

    private enum Position { BEFORE, AFTER }

    private final PhraseMatcher<Place> names;
    private final NeighbourPhrases<Position> before;
    private final NeighbourPhrases<Position> after;

    private PlaceLexicon(PhraseMatcher<Place> names, NeighbourPhrases<Position> before,
                         NeighbourPhrases<Position> after) {
        this.names = names;
        this.before = before;
        this.after = after;
    }

    /** The lexicon, built on first use and shared afterwards. */
    public static PlaceLexicon load() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final PlaceLexicon INSTANCE = build();
    }

    /**
     * Every place named in the text, left to right, never overlapping, the longest name winning. A word such as
     * "thủ đô", "thành phố" or "province" next to the name belongs to the mention.
     */
    public List<PlaceMention> find(MatchText text) {
        List<PlaceMention> out = new ArrayList<>();
        int lastEnd = 0;
        for (PhraseMatch<Place> m : names.findAll(text,
                c -> capitalsAgree(c.value().listed, text.original(), c.start(), c.end()))) {
            Place p = m.value();
            NeighbourPhrases.Hit<Position> pre = before.before(text, m.start());
            NeighbourPhrases.Hit<Position> post = after.after(text, m.end());
            if (pre != null && pre.start() < lastEnd) {
                pre = null;
            }
            if (!p.alone && pre == null && post == null) {
                continue;
            }
            int start = pre != null ? pre.start() : m.start();
            int end = post != null ? post.end() : m.end();
            out.add(new PlaceMention(start, end, p.city, p.countryCode, p.kind));
            lastEnd = end;
        }
        return out;
    }

    /**
     * Every word after the first that the listing capitalises is capitalised in the text too: "Nam Kinh" is
     * not the "Nam kinh" of "Việt Nam kinh tế", while "trụ sở Trung ương Đảng" is "Trụ sở Trung ương Đảng".
     * A spelling with another number of words than the listing is not checked.
     */
    private static boolean capitalsAgree(String listed, String text, int start, int end) {
        List<Integer> listedWords = wordStarts(listed, 0, listed.length());
        List<Integer> foundWords = wordStarts(text, start, end);
        if (listedWords.size() != foundWords.size()) {
            return true;
        }
        for (int w = 1; w < listedWords.size(); w++) {
            if (Character.isUpperCase(listed.charAt(listedWords.get(w)))
                    && !Character.isUpperCase(text.charAt(foundWords.get(w)))) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> wordStarts(String s, int start, int end) {
        List<Integer> out = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(s.charAt(i)) && (i == start || Character.isWhitespace(s.charAt(i - 1)))) {
                out.add(i);
            }
        }
        return out;
    }

    private static PlaceLexicon build() {
        Set<String> countries = Set.of(Locale.getISOCountries());
        List<Listed> listed = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.load("places.tsv").rows()) {
            String country = row.get("country");
            if (!countries.contains(country)) {
                throw new IllegalStateException(row.where() + ": " + country + " is not an ISO 3166-1 code");
            }
            Place place = new Place(row.get("name"), row.get("city"), country, LexiconCells.enumValue(row, "kind", PlaceKind.class),
                    LexiconCells.flag(row, "alone", true));
            listed.add(new Listed(row.get("name"), LexiconCells.casePolicy(row, "case"), place,
                    LexiconCells.isVietnamese(row)));
        }
        PhraseMatcher.Builder<Place> b = PhraseMatcher.builder();
        for (Listed l : listed) {
            b.add(l.name, l.policy, l.place);
        }
        for (Listed l : listed) {
            for (String v : SpellingVariants.of(l.name, l.vietnamese)) {
                b.add(v, l.policy, l.place);
            }
        }
        NeighbourPhrases.Builder<Position> pre = NeighbourPhrases.builder();
        NeighbourPhrases.Builder<Position> post = NeighbourPhrases.builder();
        for (TsvTable.Row row : TsvTable.load("place-prefixes.tsv").rows()) {
            Position position = LexiconCells.enumValue(row, "position", Position.class);
            (position == Position.BEFORE ? pre : post).add(row.get("phrase"), LexiconCells.isVietnamese(row), position);
        }
        return new PlaceLexicon(b.build(), pre.build(), post.build());
    }
}
