package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.model.Rank;
import io.diplomaticvisits.extract.text.CharFolding;
import io.diplomaticvisits.extract.text.MatchText;
import io.diplomaticvisits.extract.text.SpaceRuns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Vietnam's leaders ({@code vietnam-leaders.tsv}) and the Sino-Vietnamese names of China's
 * ({@code chinese-leaders.tsv}), found without regard to diacritics so that "To Lam" finds Tô Lâm.
 */
public final class LeaderLexicon {

    private static final List<String> FILES = List.of("vietnam-leaders.tsv", "chinese-leaders.tsv");

    private final PhraseMatcher<KnownPerson> matcher;
    private final Map<String, KnownPerson> byFoldedName;
    /** Folded "family last-given" of every name of three words or more, with every leader who has it. */
    private final Map<String, List<KnownPerson>> byFamilyAndLastWord;

    private LeaderLexicon(PhraseMatcher<KnownPerson> matcher, Map<String, KnownPerson> byFoldedName,
                          Map<String, List<KnownPerson>> byFamilyAndLastWord) {
        this.matcher = matcher;
        this.byFoldedName = byFoldedName;
        this.byFamilyAndLastWord = byFamilyAndLastWord;
    }

    public static LeaderLexicon load() {
        PhraseMatcher.Builder<KnownPerson> builder = PhraseMatcher.foldedBuilder();
        Map<String, KnownPerson> byName = new HashMap<>();
        Map<String, List<KnownPerson>> byShortForm = new HashMap<>();
        for (String file : FILES) {
            for (TsvTable.Row row : TsvTable.load(file).rows()) {
                KnownPerson person = new KnownPerson(row.get("name"), row.get("country"), row.list("aliases"),
                        row.get("title"), Rank.valueOf(row.get("rank")));
                List<String> spellings = new ArrayList<>();
                spellings.add(person.name());
                spellings.addAll(person.aliases());
                for (String spelling : spellings) {
                    builder.add(spelling, CasePolicy.CAPITALISED, person);
                    byName.putIfAbsent(CharFolding.foldString(spelling), person);
                    String shortForm = familyAndLastWord(spelling);
                    if (shortForm != null) {
                        List<KnownPerson> holders = byShortForm.computeIfAbsent(shortForm, k -> new ArrayList<>());
                        if (!holders.contains(person)) {
                            holders.add(person);
                        }
                    }
                }
            }
        }
        return new LeaderLexicon(builder.build(), Map.copyOf(byName), Map.copyOf(byShortForm));
    }

    /** "nguyen phuc" for "Nguyễn Xuân Phúc": the folded first and last words of a name of three words or more. */
    private static String familyAndLastWord(String name) {
        String[] words = foldedWords(name);
        return words.length < 3 ? null : words[0] + " " + words[words.length - 1];
    }

    /** Every leader's name written in the text with each word capitalised, left to right. */
    public List<PhraseMatch<KnownPerson>> find(MatchText text) {
        List<PhraseMatch<KnownPerson>> out = new ArrayList<>();
        for (PhraseMatch<KnownPerson> m : matcher.findAll(text)) {
            if (everyWordCapitalised(text.original(), m.start(), m.end())) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The leader whose name (in any listed spelling, with or without diacritics) starts at {@code start}; only the
     * first word need be capitalised, as after a title ("Tổng Bí thư Tô lâm").
     */
    public PhraseMatch<KnownPerson> leaderAt(MatchText text, int start) {
        return matcher.longestAt(text, start);
    }

    /** The leader with this name or alias, diacritics and case ignored. */
    public Optional<KnownPerson> lookup(String name) {
        return Optional.ofNullable(byFoldedName.get(CharFolding.foldString(squeeze(name))));
    }

    /**
     * The one leader of {@code rank} whose name is {@code name} with its middle words left out ("President Nguyen
     * Phuc" for Nguyễn Xuân Phúc); the rank the text's title gives tells apart leaders who share the two words.
     */
    public Optional<KnownPerson> byShortForm(String name, Rank rank) {
        String[] words = foldedWords(name);
        if (words.length != 2 || rank == null) {
            return Optional.empty();
        }
        List<KnownPerson> ofRank = byFamilyAndLastWord.getOrDefault(words[0] + " " + words[1], List.of()).stream()
                .filter(p -> p.rank() == rank).toList();
        return ofRank.size() == 1 ? Optional.of(ofRank.get(0)) : Optional.empty();
    }

    private static String[] foldedWords(String name) {
        return CharFolding.foldString(squeeze(name)).split(" ");
    }

    private static String squeeze(String s) {
        return s == null ? "" : SpaceRuns.squeeze(s.strip());
    }

    private static boolean everyWordCapitalised(String s, int start, int end) {
        boolean atWordStart = true;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!MatchText.isWordChar(c)) {
                atWordStart = true;
            } else {
                if (atWordStart && !Character.isUpperCase(c)) {
                    return false;
                }
                atWordStart = false;
            }
        }
        return true;
    }
}
