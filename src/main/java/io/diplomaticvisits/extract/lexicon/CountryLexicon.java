package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.mention.CountryGroup;
import io.diplomaticvisits.extract.mention.CountryMention;
import io.diplomaticvisits.extract.text.CharFolding;
import io.diplomaticvisits.extract.text.MatchText;
import io.diplomaticvisits.extract.text.SpaceRuns;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every ISO 3166-1 country under the names news gives it, in Vietnamese and English.
 *
 * <p>Sources: the JDK's CLDR display names for every code in both languages, then {@code country-aliases.tsv}
 * (other names, acronyms, transliterations, and the short forms that count only inside a pair such as
 * "Việt - Trung"), {@code demonyms.tsv}, {@code not-countries.tsv} (phrases that contain a country's name but
 * are something else: "Nam Mỹ", "Lào Cai", "Ý kiến") and {@code country-prefixes.tsv} (the general rule for
 * "Cộng hòa X", "Republic of X", "nước X", "người X", "tiếng X"). Built once by {@link #load()}; immutable
 * and safe to share between threads.
 */
public final class CountryLexicon {

    private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^)]*\\)");

    private enum Use { NAME, PAIR_ONLY, DEMONYM, NOT_A_COUNTRY }

    /** What a word before a name does to it. */
    private enum PrefixEffect {
        /** Part of the state's formal name ("Cộng hòa", "Republic of"): joins the mention, settles ambiguity. */
        FORMAL,
        /** "nước Nhật": settles ambiguity and lets a short form count, but stays outside the mention. */
        COUNTRY,
        /** "người Mỹ": as COUNTRY, and the mention is a demonym. */
        PEOPLE,
        /** "tiếng Anh", "châu Mỹ": not the country at all. */
        NOT_A_COUNTRY
    }

    private record Form(String code, Use use, boolean ambiguous) {
    }

    /** A country form resolved against its neighbours, before it becomes a mention or a group member. */
    private record Candidate(int start, int end, String code, boolean pairOnly, boolean ambiguous, boolean demonym) {
    }

    private record Listed(String phrase, CasePolicy policy, Form form, boolean vietnamese) {
    }

    private final PhraseMatcher<Form> forms;
    private final NeighbourPhrases<PrefixEffect> prefixes;
    private final Map<String, String> englishNames;
    private final Map<String, String> vietnameseNames;
    private final Map<String, String> codesByFoldedForm;

    private CountryLexicon(PhraseMatcher<Form> forms, NeighbourPhrases<PrefixEffect> prefixes,
                           Map<String, String> englishNames, Map<String, String> vietnameseNames,
                           Map<String, String> codesByFoldedForm) {
        this.forms = forms;
        this.prefixes = prefixes;
        this.englishNames = englishNames;
        this.vietnameseNames = vietnameseNames;
        this.codesByFoldedForm = codesByFoldedForm;
    }

    /** The lexicon, built on first use and shared afterwards. */
    public static CountryLexicon load() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final CountryLexicon INSTANCE = build();
    }

    /** Every country named in the text, left to right, never overlapping, the longest name winning. */
    public List<CountryMention> find(MatchText text) {
        return mentionsOf(candidates(text));
    }

    /** {@link #find(MatchText)} and {@link #findGroups(MatchText)} of one text, reading its names once. */
    public CountryReading read(MatchText text) {
        List<Candidate> candidates = candidates(text);
        return new CountryReading(mentionsOf(candidates), groupsOf(text, candidates));
    }

    private static List<CountryMention> mentionsOf(List<Candidate> candidates) {
        List<CountryMention> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.pairOnly) {
                out.add(new CountryMention(c.start, c.end, c.code, c.ambiguous, c.demonym));
            }
        }
        return out;
    }

    /**
     * Pair and group forms: country names or short forms joined by single hyphens or dashes, with or without
     * spaces ("Việt - Mỹ", "Việt Nam-Malaysia", "U.S.–Vietnam", "Việt Nam - Lào - Campuchia"), naming at least
     * two different countries.
     */
    public List<CountryGroup> findGroups(MatchText text) {
        return groupsOf(text, candidates(text));
    }

    private static List<CountryGroup> groupsOf(MatchText text, List<Candidate> candidates) {
        List<CountryGroup> out = new ArrayList<>();
        List<Candidate> chain = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.demonym) {
                closeChain(text, chain, out);
                continue;
            }
            if (!chain.isEmpty() && !joinedByDash(text.lower(), chain.get(chain.size() - 1).end, c.start)) {
                closeChain(text, chain, out);
            }
            chain.add(c);
        }
        closeChain(text, chain, out);
        return out;
    }

    /** The CLDR English name ("Czechia", "South Korea"), or null for an unknown code. */
    public String englishName(String code) {
        return englishNames.get(code);
    }

    /** The CLDR Vietnamese name ("Séc", "Hàn Quốc"), or null for an unknown code. */
    public String vietnameseName(String code) {
        return vietnameseNames.get(code);
    }

    public boolean isKnown(String code) {
        return code != null && englishNames.containsKey(code);
    }

    /** Every ISO 3166-1 alpha-2 code the JDK knows. */
    public Set<String> codes() {
        return englishNames.keySet();
    }

    /**
     * The code of any listed form, ignoring case and diacritics: "hoa ky", "Viet Nam", "RoK", "Russian",
     * "Cộng hòa Séc"; a formal prefix before a listed name is understood too ("Republic of Chile").
     */
    public Optional<String> codeOf(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String plain = SpaceRuns.squeeze(Normalizer.normalize(name, Normalizer.Form.NFC).strip());
        String code = codesByFoldedForm.get(foldedKey(plain));
        MatchText text = MatchText.of(plain);
        for (int i = 1; i < plain.length() && code == null; i++) {
            NeighbourPhrases.Hit<PrefixEffect> hit = plain.charAt(i - 1) == ' ' ? prefixes.before(text, i) : null;
            if (hit != null && hit.start() == 0 && hit.value() == PrefixEffect.FORMAL) {
                code = codesByFoldedForm.get(foldedKey(plain.substring(i)));
            }
        }
        return Optional.ofNullable(code);
    }

    private List<Candidate> candidates(MatchText text) {
        List<Candidate> out = new ArrayList<>();
        for (PhraseMatch<Form> m : forms.findAll(text)) {
            Candidate c = resolve(text, m);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private Candidate resolve(MatchText text, PhraseMatch<Form> m) {
        Form f = m.value();
        if (f.use == Use.NOT_A_COUNTRY || m.end() < text.length() && text.original().charAt(m.end()) == '$') {
            return null; // "US$" is a currency
        }
        if (f.use == Use.DEMONYM) {
            return new Candidate(m.start(), m.end(), f.code, false, f.ambiguous, true);
        }
        NeighbourPhrases.Hit<PrefixEffect> first = prefixes.before(text, m.start());
        if (first == null) {
            return new Candidate(m.start(), m.end(), f.code, f.use == Use.PAIR_ONLY, f.ambiguous, false);
        }
        return switch (first.value()) {
            case NOT_A_COUNTRY -> null;
            case PEOPLE, COUNTRY -> f.use == Use.PAIR_ONLY && capitalisedWordAfter(text, m.end()) ? null
                    : new Candidate(m.start(), m.end(), f.code, false, false, first.value() == PrefixEffect.PEOPLE);
            case FORMAL -> {
                int start = first.start();
                for (NeighbourPhrases.Hit<PrefixEffect> h = prefixes.before(text, start);
                     h != null && h.value() == PrefixEffect.FORMAL; h = prefixes.before(text, start)) {
                    start = h.start();
                }
                yield f.use == Use.PAIR_ONLY ? null : new Candidate(start, m.end(), f.code, false, false, false);
            }
        };
    }

    private static boolean joinedByDash(String lower, int from, int to) {
        int dashes = 0;
        for (int i = from; i < to; i++) {
            char c = lower.charAt(i);
            if (c == '-') {
                dashes++;
            } else if (c != ' ') {
                return false;
            }
        }
        return dashes == 1;
    }

    /**
     * Ends the chain being built. A short form or name syllable at either end that touches a capitalised word
     * is part of a person's name ("Trần Văn Việt - Trung tâm", "Ảnh: Tuấn Anh - Đức Việt") and is dropped.
     */
    private static void closeChain(MatchText text, List<Candidate> chain, List<CountryGroup> out) {
        int from = 0;
        int to = chain.size();
        while (from < to && isUnsure(chain.get(from)) && capitalisedWordBefore(text, chain.get(from).start)) {
            from++;
        }
        while (to > from && isUnsure(chain.get(to - 1)) && capitalisedWordAfter(text, chain.get(to - 1).end)) {
            to--;
        }
        List<String> codes = new ArrayList<>();
        for (Candidate c : chain.subList(from, to)) {
            codes.add(c.code);
        }
        if (new LinkedHashSet<>(codes).size() >= 2) {
            out.add(new CountryGroup(chain.get(from).start, chain.get(to - 1).end, List.copyOf(codes)));
        }
        chain.clear();
    }

    private static boolean isUnsure(Candidate c) {
        return c.pairOnly || c.ambiguous;
    }

    private static boolean capitalisedWordBefore(MatchText text, int start) {
        String s = text.original();
        int i = start - 1;
        if (i < 0 || !Character.isWhitespace(s.charAt(i))) {
            return false;
        }
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        if (i < 0 || !MatchText.isWordChar(s.charAt(i))) {
            return false;
        }
        while (i > 0 && !text.isWordStart(i)) {
            i--;
        }
        return Character.isUpperCase(s.charAt(i));
    }

    private static boolean capitalisedWordAfter(MatchText text, int end) {
        String s = text.original();
        int i = end;
        if (i >= s.length() || !Character.isWhitespace(s.charAt(i))) {
            return false;
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i < s.length() && Character.isUpperCase(s.charAt(i));
    }

    private static String foldedKey(String name) {
        String plain = SpaceRuns.squeeze(Normalizer.normalize(name, Normalizer.Form.NFC).strip());
        return CharFolding.foldString(MatchText.lowerOf(plain));
    }

    private static CountryLexicon build() {
        Map<String, String> english = new HashMap<>();
        Map<String, String> vietnamese = new HashMap<>();
        Locale vi = Locale.forLanguageTag("vi");
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            english.put(code, country.getDisplayCountry(Locale.ENGLISH));
            vietnamese.put(code, country.getDisplayCountry(vi));
        }
        List<Listed> listed = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.load("country-aliases.tsv").rows()) {
            String code = knownCode(row, english);
            Use use = LexiconCells.flag(row, "pair_only", false) ? Use.PAIR_ONLY : Use.NAME;
            listed.add(new Listed(row.get("alias"), LexiconCells.casePolicy(row, "case"),
                    new Form(code, use, LexiconCells.flag(row, "ambiguous", false)), LexiconCells.isVietnamese(row)));
        }
        for (TsvTable.Row row : TsvTable.load("demonyms.tsv").rows()) {
            listed.add(new Listed(row.get("demonym"), LexiconCells.casePolicy(row, "case"),
                    new Form(knownCode(row, english), Use.DEMONYM, LexiconCells.flag(row, "ambiguous", false)),
                    LexiconCells.isVietnamese(row)));
        }
        for (TsvTable.Row row : TsvTable.load("not-countries.tsv").rows()) {
            listed.add(new Listed(row.get("phrase"), CasePolicy.ANY, new Form(null, Use.NOT_A_COUNTRY, false),
                    LexiconCells.isVietnamese(row)));
        }
        for (String code : new TreeSet<>(english.keySet())) {
            listed.add(cldrName(vietnamese.get(code), code, true));
            listed.add(cldrName(english.get(code), code, false));
        }
        List<Set<String>> variants = new ArrayList<>(listed.size());
        for (Listed l : listed) {
            variants.add(SpellingVariants.of(l.phrase, l.vietnamese));
        }
        return new CountryLexicon(matcherOf(listed, variants), prefixesOf(), Collections.unmodifiableMap(english),
                Collections.unmodifiableMap(vietnamese), foldedIndexOf(listed, variants));
    }

    /** "Myanmar (Burma)" is written "Myanmar"; other names of the kind are aliases. */
    private static Listed cldrName(String name, String code, boolean vietnamese) {
        String plain = BRACKETED.matcher(name).replaceAll("").strip();
        return new Listed(plain, CasePolicy.CAPITALISED, new Form(code, Use.NAME, false), vietnamese);
    }

    private static String knownCode(TsvTable.Row row, Map<String, String> english) {
        String code = row.get("code");
        if (!english.containsKey(code)) {
            throw new IllegalStateException(row.where() + ": " + code + " is not an ISO 3166-1 code");
        }
        return code;
    }

    /** Listed spellings first, derived ones after, so that a listed spelling wins a clash of keys. */
    private static PhraseMatcher<Form> matcherOf(List<Listed> listed, List<Set<String>> variants) {
        PhraseMatcher.Builder<Form> b = PhraseMatcher.builder();
        for (Listed l : listed) {
            b.add(l.phrase, l.policy, l.form);
        }
        for (int i = 0; i < listed.size(); i++) {
            Listed l = listed.get(i);
            for (String v : variants.get(i)) {
                b.add(v, l.policy, l.form);
            }
        }
        return b.build();
    }

    private static NeighbourPhrases<PrefixEffect> prefixesOf() {
        NeighbourPhrases.Builder<PrefixEffect> b = NeighbourPhrases.builder();
        for (TsvTable.Row row : TsvTable.load("country-prefixes.tsv").rows()) {
            b.add(row.get("prefix"), LexiconCells.isVietnamese(row),
                    LexiconCells.enumValue(row, "effect", PrefixEffect.class));
        }
        return b.build();
    }

    /** Names and acronyms before demonyms before short forms, so a folded clash keeps the likelier reading. */
    private static Map<String, String> foldedIndexOf(List<Listed> listed, List<Set<String>> variants) {
        Map<String, String> index = new HashMap<>();
        for (Use use : new Use[] {Use.NAME, Use.DEMONYM, Use.PAIR_ONLY}) {
            for (int i = 0; i < listed.size(); i++) {
                Listed l = listed.get(i);
                if (l.form.use == use) {
                    for (String v : variants.get(i)) {
                        index.putIfAbsent(foldedKey(v), l.form.code);
                    }
                }
            }
        }
        return Collections.unmodifiableMap(index);
    }
}
