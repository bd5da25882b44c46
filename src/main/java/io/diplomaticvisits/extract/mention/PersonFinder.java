package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.lexicon.HonorificLexicon;
import io.diplomaticvisits.extract.lexicon.KnownPerson;
import io.diplomaticvisits.extract.lexicon.LeaderLexicon;
import io.diplomaticvisits.extract.lexicon.NameWords;
import io.diplomaticvisits.extract.lexicon.PhraseMatch;
import io.diplomaticvisits.extract.lexicon.QualifierKind;
import io.diplomaticvisits.extract.lexicon.TitleLexicon;
import io.diplomaticvisits.extract.lexicon.TitleSense;
import io.diplomaticvisits.extract.model.Rank;
import io.diplomaticvisits.extract.text.LanguageDetector;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the persons named in a text: a title chain ("Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Séc", "RoK
 * President") with its body and country, optional honorifics, then the name; or honorifics and a name; or a known
 * leader's name alone. Titles after the name, behind a comma ("Lê Hoài Trung, Bí thư Trung ương Đảng, ..."), are
 * the same person's. Short later references resolve to a full name seen before. Immutable and thread-safe.
 */
public final class PersonFinder {

    private final TitleLexicon titles;
    private final LeaderLexicon leaders;
    private final HonorificLexicon honorifics;
    private final NameReader nameReader;
    private final NameWords nameWords;

    public PersonFinder(TitleLexicon titles, LeaderLexicon leaders, HonorificLexicon honorifics, NameWords nameWords) {
        this.titles = titles;
        this.leaders = leaders;
        this.honorifics = honorifics;
        this.nameReader = new NameReader(titles, nameWords);
        this.nameWords = nameWords;
    }

    /** A finder over the lexicons shipped on the class path. */
    public static PersonFinder load() {
        return new PersonFinder(TitleLexicon.load(), LeaderLexicon.load(), HonorificLexicon.load(), NameWords.load());
    }

    public List<PersonMention> find(MatchText text, List<CountryMention> countries) {
        return find(text, countries, List.of());
    }

    /**
     * The persons in {@code text}, left to right. {@code countries} are the country mentions of the same text;
     * {@code earlier} are persons found before in the same document, to which short references resolve.
     */
    public List<PersonMention> find(MatchText text, List<CountryMention> countries, List<PersonMention> earlier) {
        return find(text, countries, List.of(), titles.findSenses(text), titles.findPlurals(text),
                KnownPersons.of(earlier));
    }

    /**
     * As {@link #find(MatchText, List, List)}, given the text's places and its titles as
     * {@link TitleLexicon#findSenses} and {@link TitleLexicon#findPlurals} find them: a city or region between a
     * title and the name gives the person its country ("Phó toàn quyền Abu Dhabi ...", "Thị trưởng Tokyo ...").
     */
    public List<PersonMention> find(MatchText text, List<CountryMention> countries, List<PlaceMention> places,
                                    List<PhraseMatch<TitleSense>> titleSenses,
                                    List<PhraseMatch<TitleSense>> pluralSenses, KnownPersons earlier) {
        return new Scan(text, countries, places, earlier).run(titleSenses, pluralSenses);
    }

    /** Words for a trip after a possessive name: "Jean Chrétien's trip", "Stephen Harper's first visit". */
    private static final List<String> TRIP_WORDS = List.of("visit", "trip", "state visit", "official visit",
            "working visit", "first visit", "historic visit", "tour", "first trip", "landmark visit");

    /** How far after the titles that follow a name the country of the party they belong to may be named. */
    private static final int PARTY_REACH = 40;
    private static final List<String> PARTY_WORDS = List.of("đảng cộng sản ", "communist party of ",
            "đảng nhân dân cách mạng ", "people's revolutionary party of ", "đảng lao động ", "workers' party of ");

    /** Words for a building or an office named after the title that follows them: "Phủ Tổng thống", "Dinh Thủ tướng". */
    private static final List<String> BUILDING_WORDS = List.of("phủ", "dinh", "văn phòng", "cung điện", "tòa nhà",
            "trụ sở");

    /** Words that may join a title in the plural to the first country of its list, or one pair to the next. */
    private static final List<String> LIST_JOINS = List.of("of the ", "of ", "from ", "and ", "và ", "của ", "; ",
            ": ", ", ", ";", ":", ",");

    private enum AnchorKind { PLURAL, TITLE, HONORIFIC, LEADER, KNOWN }

    private record Anchor(int start, AnchorKind kind, TitleSense sense) {

        Anchor(int start, AnchorKind kind) {
            this(start, kind, null);
        }
    }

    private static boolean hasVietnameseLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (LanguageDetector.isVietnameseLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The state of one call. */
    private final class Scan {
        private final MatchText text;
        private final String s;
        private final Map<Integer, CountryMention> countriesByStart = new HashMap<>();
        private final Map<Integer, CountryMention> countriesByEnd = new HashMap<>();
        private final ShortNameIndex seen;
        private final List<PersonMention> out = new ArrayList<>();
        private final TitleChainReader chains;
        /** The sentence's countries and places: no bare name of a person starts inside one. */
        private final List<CountryMention> countries;
        private final List<PlaceMention> places;

        Scan(MatchText text, List<CountryMention> countries, List<PlaceMention> places, KnownPersons earlier) {
            this.text = text;
            this.s = text.original();
            for (CountryMention c : countries) {
                countriesByStart.merge(c.start(), c, (a, b) -> a.end() >= b.end() ? a : b);
                countriesByEnd.putIfAbsent(c.end(), c);
            }
            this.seen = earlier.shortNames();
            this.countries = countries;
            this.places = places;
            Map<Integer, PlaceMention> placesByStart = places.isEmpty() ? Map.of() : new HashMap<>();
            for (PlaceMention p : places) {
                if (p.kind() != PlaceKind.LANDMARK && p.countryCode() != null) {
                    placesByStart.putIfAbsent(p.start(), p);
                }
            }
            this.chains = new TitleChainReader(titles, leaders, text, countriesByStart, placesByStart);
        }

        List<PersonMention> run(List<PhraseMatch<TitleSense>> titleSenses,
                                List<PhraseMatch<TitleSense>> pluralSenses) {
            List<Anchor> anchors = new ArrayList<>();
            for (PhraseMatch<TitleSense> m : pluralSenses) {
                anchors.add(new Anchor(m.end(), AnchorKind.PLURAL, m.value()));
            }
            for (PhraseMatch<TitleSense> m : titleSenses) {
                anchors.add(new Anchor(m.start(), AnchorKind.TITLE));
            }
            for (PhraseMatch<String> m : honorifics.find(text)) {
                anchors.add(new Anchor(m.start(), AnchorKind.HONORIFIC));
            }
            for (PhraseMatch<KnownPerson> m : leaders.find(text)) {
                anchors.add(new Anchor(m.start(), AnchorKind.LEADER));
            }
            for (int start : bareKnownNames()) {
                anchors.add(new Anchor(start, AnchorKind.KNOWN));
            }
            for (int start : possessorsOfTrips()) {
                anchors.add(new Anchor(start, AnchorKind.KNOWN));
            }
            for (int start : namesBeforeTitlesOfCountries()) {
                anchors.add(new Anchor(start, AnchorKind.KNOWN));
            }
            anchors.sort(Comparator.comparingInt(Anchor::start).thenComparing(Anchor::kind));
            int claimed = 0;
            for (Anchor anchor : anchors) {
                if (anchor.start() < claimed) {
                    continue;
                }
                int end = switch (anchor.kind()) {
                    case PLURAL -> fromPairList(anchor.start(), anchor.sense());
                    case TITLE -> fromTitle(anchor.start(), claimed);
                    case HONORIFIC -> fromHonorific(anchor.start());
                    case LEADER, KNOWN -> fromLeader(anchor.start());
                };
                claimed = Math.max(claimed, end);
            }
            return List.copyOf(out);
        }

        /** Reads a mention led by a title; returns where the scan may go on. */
        private int fromTitle(int start, int claimed) {
            TitleChainReader.Chain chain = chains.read(start);
            if (chain == null) {
                return start + 1;
            }
            if (afterBuildingWord(start)) {
                return start + 1; // "Phủ Tổng thống Malacañang": the President's palace, not a person
            }
            String before = precedingCountry(start, claimed);
            int mentionStart = before == null ? start : countriesByEnd.get(precedingCountryEnd(start)).start();
            int namePos = Gaps.skip(s, chain.end());
            if (namePos > 0 && namePos < s.length() && s.charAt(namePos) == ',' && afterDefiniteArticle(start)) {
                namePos = Gaps.skip(s, namePos + 1); // "the Minister of Industry and Trade, Nguyen Hong Dien"
            }
            List<String> honorificWords = new ArrayList<>();
            namePos = skipHonorifics(namePos, honorificWords);
            if (namePos < 0) {
                return chain.end();
            }
            String country = chain.country() != null ? chain.country() : before;
            boolean emitted = emit(mentionStart, namePos, chain.senses(), country, honorificWords);
            return emitted ? lastEnd() : chain.end();
        }

        /**
         * Reads "Country, Name" pairs (or "Country (Name)") listed from {@code from}, right after a title in the
         * plural: "the ambassadors of Argentina, Marcelo Suárez Salvia; Kenya, Grace Wambui Kamau; and ...". Each
         * name is a holder of the title from its country. A list of countries alone names no one. Returns where the
         * scan may go on: after the last pair read, else {@code from}.
         */
        private int fromPairList(int from, TitleSense sense) {
            int pos = from;
            int read = from;
            while (true) {
                pos = afterListJoins(pos);
                CountryMention country = pos < 0 ? null : countriesByStart.get(pos);
                if (country == null) {
                    return read;
                }
                int namePos = country.end();
                boolean bracketed = namePos < s.length() && s.charAt(namePos) == ' ' && namePos + 1 < s.length()
                        && s.charAt(namePos + 1) == '(';
                if (bracketed) {
                    namePos += 2;
                } else if (namePos < s.length() && s.charAt(namePos) == ',') {
                    namePos = Gaps.skip(s, namePos + 1);
                } else {
                    return read;
                }
                if (namePos < 0 || namePos >= s.length() || countriesByStart.containsKey(namePos)
                        || titles.titleAt(text, namePos) != null
                        || !emit(country.start(), namePos, List.of(sense), country.code(), List.of())) {
                    return read;
                }
                read = lastEnd();
                pos = bracketed && read < s.length() && s.charAt(read) == ')' ? read + 1 : read;
            }
        }

        /** The position after the joining words at {@code pos} ("; and ", " of "), or -1 at a blank line. */
        private int afterListJoins(int pos) {
            boolean moved = true;
            while (moved && pos >= 0 && pos < s.length()) {
                moved = false;
                pos = Gaps.skip(s, pos);
                for (String join : LIST_JOINS) {
                    if (pos >= 0 && s.regionMatches(true, pos, join, 0, join.length())) {
                        pos += join.length();
                        moved = true;
                        break;
                    }
                }
            }
            return pos;
        }

        /** Whether "the" stands right before the title at {@code titleStart}: an English title in apposition. */
        private boolean afterDefiniteArticle(int titleStart) {
            return titleStart >= 4 && s.regionMatches(true, titleStart - 4, "the ", 0, 4)
                    && (titleStart == 4 || !Character.isLetter(s.charAt(titleStart - 5)));
        }

        private boolean afterBuildingWord(int titleStart) {
            for (String word : BUILDING_WORDS) {
                int wordStart = titleStart - word.length() - 1;
                if (wordStart >= 0 && s.charAt(titleStart - 1) == ' '
                        && s.regionMatches(true, wordStart, word, 0, word.length())
                        && (wordStart == 0 || !Character.isLetter(s.charAt(wordStart - 1)))) {
                    return true;
                }
            }
            return false;
        }

        private int fromHonorific(int start) {
            List<String> words = new ArrayList<>();
            int namePos = skipHonorifics(start, words);
            if (namePos < 0 || titles.titleAt(text, namePos) != null && leaders.leaderAt(text, namePos) == null) {
                return start;
            }
            return emit(start, namePos, List.of(), null, words) ? lastEnd() : start + 1;
        }

        private int fromLeader(int start) {
            return emit(start, start, List.of(), null, List.of()) ? lastEnd() : start + 1;
        }

        /**
         * Where a run of capitalised words with no title before it is a name the document gave in full before
         * ("Marcos met ...", "received Ishiba"): the starts of such runs. A single word that could be a Vietnamese
         * syllable counts only in a sentence without Vietnamese letters ("Chinh said", not "Chính phủ").
         */
        private List<Integer> bareKnownNames() {
            if (seen.isEmpty()) {
                return List.of();
            }
            List<Integer> starts = new ArrayList<>();
            boolean vietnameseLetters = hasVietnameseLetters(s);
            int i = 0;
            while (i < s.length()) {
                if (!Character.isUpperCase(s.charAt(i)) || i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                    i++;
                    continue;
                }
                int runEnd = capitalisedRunEnd(i);
                if (seen.resolveFolded(new String(text.foldedChars(), i, runEnd - i)) != null && !insidePlace(i)) {
                    String run = s.substring(i, runEnd);
                    boolean single = run.indexOf(' ') < 0;
                    if (!(single && (nameWords.isStop(run)
                            || vietnameseLetters && VietnameseSyllable.looksVietnamese(run)))) {
                        starts.add(i);
                    }
                }
                i = runEnd;
            }
            return starts;
        }

        /**
         * Names of two words or more written before "'s" and a word for a trip ("Jean Chrétien's trip to Hanoi",
         * "Stephen Harper's visit"): the one who travelled, named without a title.
         */
        private List<Integer> possessorsOfTrips() {
            List<Integer> starts = new ArrayList<>();
            for (int i = 1; i + 1 < s.length(); i++) {
                int after = Gaps.afterPossessive(s, i);
                if (after == i || !Character.isLetter(s.charAt(i - 1)) || !tripWordAfter(after)) {
                    continue;
                }
                int start = capitalisedRunBefore(i);
                if (start >= 0 && !insidePlace(start)) {
                    starts.add(start);
                }
            }
            return starts;
        }

        /**
         * Names of two words or more with no title before them and, behind a comma, a title of a country
         * ("Vladimir Putin, President of Russia, met ...", "Petr Fiala, the Czech Prime Minister, said"): the
         * person the apposition describes.
         */
        private List<Integer> namesBeforeTitlesOfCountries() {
            List<Integer> starts = new ArrayList<>();
            for (int q = s.indexOf(','); q > 0; q = s.indexOf(',', q + 1)) {
                if (!Character.isLetter(s.charAt(q - 1))) {
                    continue;
                }
                TitleChainReader.Chain chain = postTitles(q);
                int start = chain == null || chain.country() == null ? -1 : capitalisedRunBefore(q);
                if (start >= 0 && !insidePlace(start)) {
                    starts.add(start);
                }
            }
            return starts;
        }

        /** Where the two or more capitalised words, one space apart, that end at {@code end} start; or -1. */
        private int capitalisedRunBefore(int end) {
            int runStart = -1;
            int words = 0;
            int wordEnd = end;
            while (wordEnd > 0) {
                int wordStart = wordEnd;
                while (wordStart > 0 && (Character.isLetter(s.charAt(wordStart - 1)) || s.charAt(wordStart - 1) == '-'
                        || s.charAt(wordStart - 1) == '.')) {
                    wordStart--;
                }
                if (wordStart == wordEnd || !Character.isUpperCase(s.charAt(wordStart))
                        || countriesByEnd.containsKey(wordEnd)) {
                    break;
                }
                words++;
                runStart = wordStart;
                if (wordStart < 2 || s.charAt(wordStart - 1) != ' ' || !Character.isLetter(s.charAt(wordStart - 2))) {
                    break;
                }
                wordEnd = wordStart - 1;
            }
            return words >= 2 ? runStart : -1;
        }

        private boolean tripWordAfter(int i) {
            String rest = s.substring(i, Math.min(s.length(), i + 30)).toLowerCase(Locale.ROOT).stripLeading();
            for (String word : TRIP_WORDS) {
                if (rest.startsWith(word)) {
                    return true;
                }
            }
            return false;
        }

        /** The end of the words from {@code start} on that each begin with a capital, one space apart. */
        private int capitalisedRunEnd(int start) {
            int end = wordEnd(start);
            while (end + 1 < s.length() && s.charAt(end) == ' ' && Character.isUpperCase(s.charAt(end + 1))) {
                end = wordEnd(end + 1);
            }
            return end;
        }

        private int wordEnd(int start) {
            int i = start;
            while (i < s.length() && (Character.isLetter(s.charAt(i)) || Character.getType(s.charAt(i))
                    == Character.NON_SPACING_MARK || s.charAt(i) == '-' || s.charAt(i) == '.' && i > start
                    && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)))) {
                i++;
            }
            return i;
        }

        private boolean insidePlace(int pos) {
            for (CountryMention c : countries) {
                if (pos >= c.start() && pos < c.end()) {
                    return true;
                }
            }
            for (PlaceMention p : places) {
                if (pos >= p.start() && pos < p.end()) {
                    return true;
                }
            }
            return false;
        }

        private int lastEnd() {
            return out.get(out.size() - 1).end();
        }

        /** Reads the name at {@code namePos} and what follows it; adds the mention when there is one. */
        private boolean emit(int start, int namePos, List<TitleSense> preTitles, String chainCountry,
                             List<String> honorificWords) {
            if (namePos < 0 || namePos >= s.length()) {
                return false;
            }
            int nameStart;
            int nameEnd;
            String written;
            KnownPerson known = null;
            PhraseMatch<KnownPerson> leader = leaders.leaderAt(text, namePos);
            if (leader != null && !continuesAsName(leader.end())) {
                known = leader.value();
                nameStart = leader.start();
                nameEnd = leader.end();
                written = squeeze(s.substring(nameStart, nameEnd));
            } else {
                NameReader.Run run = nameReader.read(text, namePos, countriesByStart);
                if (run == null || truncatedAt(run.end())) {
                    return false;
                }
                nameStart = run.start();
                nameEnd = run.end();
                written = inUsualCase(squeeze(NameReader.withoutNicknames(s.substring(nameStart, nameEnd))));
                known = leaders.lookup(written).or(() -> shortFormOfLeader(written, preTitles)).orElse(null);
                if (known == null && !acceptable(run, written)) {
                    return false;
                }
            }
            PersonMention earlier = known == null ? seen.resolve(written) : null;

            int end = nameEnd;
            String country = chainCountry;
            int after = Gaps.afterPossessive(s, nameEnd);
            String ofCountry = ofCountryAfter(after);
            if (ofCountry != null) {
                country = country == null ? ofCountry : country;
                end = countryEndAfter(after);
            }
            List<TitleSense> senses = new ArrayList<>(preTitles);
            TitleChainReader.Chain post = postTitles(end);
            if (post != null) {
                senses.addAll(post.senses());
                country = country == null ? post.country() : country;
                end = post.end();
            }
            if (country == null && known != null) {
                country = known.country();
            }
            if (country == null && earlier != null) {
                country = earlier.country();
            }
            if (country == null && post != null) {
                country = partyCountryAfter(post.end(), Math.min(s.length(), post.end() + PARTY_REACH));
            }
            if (country == null) {
                country = homeCountry(senses);
            }

            String name = written;
            Set<String> aliases = new LinkedHashSet<>();
            if (known != null) {
                name = known.name();
                aliases.addAll(known.aliases());
                aliases.add(written);
            } else if (earlier != null) {
                name = earlier.name();
                aliases.addAll(earlier.aliases());
                aliases.add(written);
            }
            if (!honorificWords.isEmpty() && name.equals(written)) {
                String full = String.join(" ", honorificWords) + " " + written;
                aliases.add(full);
                aliases.add(full.replace('\u2019', '\''));
            }
            aliases.remove(name);

            List<String> titleNames = new ArrayList<>();
            Rank rank = Rank.OTHER;
            for (TitleSense sense : senses) {
                String qualified = titles.qualify(sense.title(), country);
                if (!titleNames.contains(qualified)) {
                    titleNames.add(qualified);
                }
                rank = sense.rank().ordinal() < rank.ordinal() ? sense.rank() : rank;
            }
            if (titleNames.isEmpty() && known != null) {
                titleNames.add(known.title());
                rank = known.rank();
            } else if (titleNames.isEmpty() && earlier != null) {
                titleNames.addAll(earlier.titles());
                rank = earlier.rank();
            }
            PersonMention mention = new PersonMention(start, end, nameStart, nameEnd, name,
                    List.copyOf(aliases), country, List.copyOf(titleNames), rank);
            out.add(mention);
            if (earlier == null && name.indexOf(' ') > 0) {
                seen.add(mention);
            }
            return true;
        }

        /** "President Nguyen Phuc": a leader named by family and last given name, under a title of the leader's rank. */
        private Optional<KnownPerson> shortFormOfLeader(String written, List<TitleSense> preTitles) {
            for (TitleSense sense : preTitles) {
                Optional<KnownPerson> leader = leaders.byShortForm(written, sense.rank());
                if (leader.isPresent()) {
                    return leader;
                }
            }
            return Optional.empty();
        }

        /** A headline cut short after the name ("tướng Phan Văn ..."): the name may be cut too. */
        private boolean truncatedAt(int end) {
            int q = Gaps.skip(s, end);
            return q >= 0 && (s.startsWith("...", q) || s.startsWith("\u2026", q));
        }

        /** Whether a name read without the leader list is a name: not a body, and one word only if known. */
        private boolean acceptable(NameReader.Run run, String written) {
            if (seen.resolve(written) != null) {
                return true;
            }
            PhraseMatch<QualifierKind> body = titles.qualifierAt(text, run.start());
            if (run.badFirstWord() || body != null && body.end() >= run.end()) {
                return false;
            }
            return run.words().size() > 1 || !VietnameseSyllable.looksVietnamese(run.words().get(0));
        }

        /** A capitalised name word right after a leader's name makes it part of someone else's longer name. */
        private boolean continuesAsName(int end) {
            if (end >= s.length() || s.charAt(end) != ' ') {
                return false;
            }
            int i = end + 1;
            if (i >= s.length() || !Character.isUpperCase(s.charAt(i))) {
                return false;
            }
            NameReader.Run run = nameReader.read(text, i, countriesByStart);
            return run != null && run.start() == i && !run.badFirstWord();
        }

        private int skipHonorifics(int pos, List<String> words) {
            int i = pos;
            while (i >= 0 && i < s.length()) {
                PhraseMatch<String> h = honorifics.honorificAt(text, i);
                if (h == null) {
                    break;
                }
                if (h.value().equals("any")) {
                    words.add(s.substring(h.start(), h.end()));
                }
                i = Gaps.skip(s, h.end());
            }
            return i;
        }

        /** The country named right before an English title chain ("RoK President", "Vietnamese Ambassador"). */
        private String precedingCountry(int start, int claimed) {
            int end = precedingCountryEnd(start);
            CountryMention c = end < 0 ? null : countriesByEnd.get(end);
            if (c == null || c.start() < claimed) {
                return null;
            }
            PhraseMatch<TitleSense> title = titles.titleAt(text, start);
            return title != null && !title.value().vietnamese() ? c.code() : null;
        }

        private int precedingCountryEnd(int start) {
            int i = start - 1;
            if (i < 1 || s.charAt(i) != ' ') {
                return -1;
            }
            if (countriesByEnd.containsKey(i)) {
                return i;
            }
            if (i >= 3 && (s.charAt(i - 1) == 's' && (s.charAt(i - 2) == '\'' || s.charAt(i - 2) == '\u2019'))
                    && countriesByEnd.containsKey(i - 2)) {
                return i - 2;
            }
            return -1;
        }

        /** "Pham Minh Chinh of Vietnam": the country named by "of (the)" right after a name. */
        private String ofCountryAfter(int i) {
            int end = countryEndAfter(i);
            return end < 0 ? null : countriesByEnd.get(end).code();
        }

        private int countryEndAfter(int i) {
            int q = Gaps.skip(s, i);
            if (q < 0 || !s.startsWith("of ", q)) {
                return -1;
            }
            int r = Gaps.skip(s, q + 3);
            if (r >= 0 && s.startsWith("the ", r)) {
                r = Gaps.skip(s, r + 4);
            }
            CountryMention c = r < 0 ? null : countriesByStart.get(r);
            return c == null || c.demonym() ? -1 : c.end();
        }

        /** Past "the " at {@code r} ("Petr Fiala, the Czech Prime Minister"), or {@code r}. */
        private int afterArticle(int r) {
            return r >= 0 && s.startsWith("the ", r) ? Gaps.skip(s, r + 4) : r;
        }

        /** Titles after the name behind a comma or a dash, unless they lead on to the next person's name. */
        private TitleChainReader.Chain postTitles(int nameEnd) {
            int q = Gaps.skip(s, nameEnd);
            if (q < 0 || q >= s.length()) {
                return null;
            }
            char c = s.charAt(q);
            if (c != ',' && c != '-' && c != '\u2013' && c != '\u2014') {
                return null;
            }
            int r = afterArticle(Gaps.skip(s, q + 1));
            if (r < 0 || r >= s.length()) {
                return null;
            }
            String leadingCountry = null;
            CountryMention lead = countriesByStart.get(r);
            if (lead != null && titles.titleAt(text, r) == null) {
                int t = Gaps.skip(s, Gaps.afterPossessive(s, lead.end()));
                if (t >= 0 && t < s.length() && titles.titleAt(text, t) != null) {
                    leadingCountry = lead.code();
                    r = t;
                }
            }
            TitleChainReader.Chain chain = chains.read(r);
            if (chain == null || leadsToName(chain.end()) || !closesApposition(chain)) {
                return null;
            }
            String country = chain.country() != null ? chain.country() : leadingCountry;
            return new TitleChainReader.Chain(chain.start(), chain.end(), chain.senses(), country);
        }

        /**
         * Whether titles after a name are an apposition ("Lê Hoài Trung, Bí thư Trung ương Đảng, đã ...") rather
         * than the subject of the next clause ("..., Thủ tướng cho biết"): more than one title, or a country or
         * body read with it, or punctuation right after it.
         */
        private boolean closesApposition(TitleChainReader.Chain chain) {
            if (chain.senses().size() > 1 || chain.country() != null) {
                return true;
            }
            PhraseMatch<TitleSense> only = titles.titleAt(text, chain.start());
            if (only != null && only.end() < chain.end()) {
                return true;
            }
            int q = Gaps.skip(s, chain.end());
            return q < 0 || q >= s.length() || ",;.:)".indexOf(s.charAt(q)) >= 0;
        }

        private boolean leadsToName(int chainEnd) {
            int q = Gaps.skip(s, chainEnd);
            if (q < 0 || q >= s.length()) {
                return false;
            }
            List<String> ignored = new ArrayList<>();
            int namePos = skipHonorifics(q, ignored);
            if (namePos < 0 || namePos >= s.length()) {
                return false;
            }
            if (leaders.leaderAt(text, namePos) != null) {
                return true;
            }
            NameReader.Run run = nameReader.read(text, namePos, countriesByStart);
            return run != null && run.start() == namePos && !run.badFirstWord();
        }

        /**
         * The country of the party whose office the titles after a name hold: "..., Trưởng Ban Tổ chức Đảng Cộng sản
         * Cuba", "Head of the Organization Department of the Communist Party of Cuba".
         */
        private String partyCountryAfter(int from, int to) {
            for (CountryMention c : countries) {
                if (c.start() < from || c.start() > to) {
                    continue;
                }
                String before = s.substring(Math.max(from, c.start() - 30), c.start()).toLowerCase(Locale.ROOT);
                for (String party : PARTY_WORDS) {
                    if (before.endsWith(party)) {
                        return c.code();
                    }
                }
            }
            return null;
        }

        private String homeCountry(List<TitleSense> senses) {
            for (TitleSense sense : senses) {
                if (sense.homeCountry() != null) {
                    return sense.homeCountry();
                }
            }
            return null;
        }
    }

    /** A regnal number after a name ("Felipe VI", "Charles III"), kept in capitals. */
    private static final java.util.regex.Pattern ROMAN_NUMERAL = java.util.regex.Pattern.compile("[IVX]+");

    /** "IWAYA Takeshi" is "Iwaya Takeshi": a word in capitals among words that are not is written as a name. */
    static String inUsualCase(String name) {
        String[] words = name.split(" ");
        boolean someNotCapitals = false;
        for (String w : words) {
            someNotCapitals |= !w.equals(w.toUpperCase(java.util.Locale.ROOT));
        }
        if (!someNotCapitals) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        for (String w : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean capitals = w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
                    && w.chars().filter(Character::isLetter).count() > 1 && !ROMAN_NUMERAL.matcher(w).matches();
            out.append(capitals ? w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT) : w);
        }
        return out.toString();
    }

    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
                space = false;
            }
        }
        return b.toString();
    }
}
