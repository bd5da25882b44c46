package io.diplomaticvisits.extract;

import io.diplomaticvisits.extract.lexicon.CountryLexicon;
import io.diplomaticvisits.extract.lexicon.CountryReading;
import io.diplomaticvisits.extract.lexicon.HonorificLexicon;
import io.diplomaticvisits.extract.lexicon.KeywordLexicon;
import io.diplomaticvisits.extract.lexicon.LeaderLexicon;
import io.diplomaticvisits.extract.lexicon.NameWords;
import io.diplomaticvisits.extract.lexicon.PhraseMatch;
import io.diplomaticvisits.extract.lexicon.PlaceLexicon;
import io.diplomaticvisits.extract.lexicon.TitleLexicon;
import io.diplomaticvisits.extract.lexicon.TitleSense;
import io.diplomaticvisits.extract.mention.CountryMention;
import io.diplomaticvisits.extract.mention.DateFinder;
import io.diplomaticvisits.extract.mention.KnownPersons;
import io.diplomaticvisits.extract.mention.MoneyFinder;
import io.diplomaticvisits.extract.mention.PersonFinder;
import io.diplomaticvisits.extract.mention.PersonMention;
import io.diplomaticvisits.extract.mention.PlaceMention;
import io.diplomaticvisits.extract.mention.SectionDays;
import io.diplomaticvisits.extract.mention.SectionYears;
import io.diplomaticvisits.extract.mention.VietnameseSyllable;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.rules.Cue;
import io.diplomaticvisits.extract.rules.DocumentExtraction;
import io.diplomaticvisits.extract.rules.EventLexicon;
import io.diplomaticvisits.extract.rules.RuleLexicons;
import io.diplomaticvisits.extract.rules.SentenceFacts;
import io.diplomaticvisits.extract.text.DocumentPreparer;
import io.diplomaticvisits.extract.text.MatchText;
import io.diplomaticvisits.extract.text.PreparedDocument;
import io.diplomaticvisits.extract.text.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * The extraction pipeline: text in, visits, participants, partnerships and agreements out. Loads its word
 * lists once; afterwards immutable, so one instance serves every thread.
 */
public final class Extractor {

    /** How far before a name an organisation may stand and still be the one the person serves. */
    private static final int ORGANISATION_REACH = 40;

    private final DocumentPreparer preparer;
    private final CountryLexicon countries;
    private final PlaceLexicon places;
    private final PersonFinder persons;
    private final DateFinder dates;
    private final MoneyFinder money;
    private final EventLexicon events;
    private final RuleLexicons ruleLexicons;
    private final TitleLexicon titles;
    private final NameWords nameWords;
    private final KeywordLexicon organisations;

    private Extractor() {
        this.preparer = new DocumentPreparer();
        this.countries = CountryLexicon.load();
        this.places = PlaceLexicon.load();
        this.titles = TitleLexicon.load();
        this.nameWords = NameWords.load();
        this.persons = new PersonFinder(titles, LeaderLexicon.load(), HonorificLexicon.load(), nameWords);
        this.dates = new DateFinder();
        this.money = new MoneyFinder();
        this.ruleLexicons = RuleLexicons.load();
        this.events = ruleLexicons.events();
        this.organisations = KeywordLexicon.load("organisations.tsv", "kind");
    }

    private static final class Holder {
        static final Extractor INSTANCE = new Extractor();
    }

    /** The shared instance, built on first use. */
    public static Extractor standard() {
        return Holder.INSTANCE;
    }

    /**
     * Extracts from one document. {@code publishedAt} (may be null) anchors dates without a year; when absent,
     * a publication date at the top of the text is used.
     */
    public ExtractionResult extract(String documentName, String text, PartialDate publishedAt) {
        PreparedDocument prepared = preparer.prepare(text == null ? "" : text);
        PartialDate anchor = publishedAt != null && !publishedAt.allPartsUnknown() ? publishedAt
                : dates.publicationDate(prepared.text()).orElse(prepared.publicationDate());
        KnownPersons known = new KnownPersons();
        SectionYears sectionYears = SectionYears.of(prepared, dates);
        SectionDays sectionDays = SectionDays.of(prepared, dates, anchor);
        DocumentExtraction run = new DocumentExtraction(documentName, prepared, anchor, ruleLexicons);
        return run.run(sentence -> facts(prepared, sentence, anchor, known, sectionYears, sectionDays));
    }

    private SentenceFacts facts(PreparedDocument doc, Sentence sentence, PartialDate anchor, KnownPersons known,
                                SectionYears sectionYears, SectionDays sectionDays) {
        MatchText text = MatchText.of(doc.text().substring(sentence.start(), sentence.end()));
        CountryReading countryReading = countries.read(text);
        List<CountryMention> allCountries = countryReading.mentions();
        List<PhraseMatch<TitleSense>> titleSenses = titles.findSenses(text);
        List<PhraseMatch<TitleSense>> pluralSenses = titles.findPlurals(text);
        List<PlaceMention> placeMentions = places.find(text);
        List<PersonMention> people = withoutOrganisationOfficials(text, withKnownCountries(text, allCountries,
                persons.find(text, allCountries, placeMentions, titleSenses, pluralSenses, known), known.all()), known);
        for (PersonMention p : people) {
            known.addIfNew(p);
        }
        List<Cue> cues = events.cues(text);
        List<CountryMention> free = new ArrayList<>();
        List<CountryMention> kept = new ArrayList<>();
        for (CountryMention c : allCountries) {
            PersonMention owner = ownerOf(c, people);
            if (owner != null && c.ambiguous() && c.start() >= owner.nameStart() && c.end() <= owner.nameEnd()) {
                continue;
            }
            kept.add(c);
            if (owner == null && !c.demonym() && !isTopic(text, c, cues)) {
                free.add(c);
            }
        }
        return new SentenceFacts(sentence.index(), sentence.paragraph(), sentence.start(), text, kept, free, countryReading.groups(),
                placeMentions, people, TitleLexicon.mentionsOf(titleSenses), TitleLexicon.mentionsOf(pluralSenses),
                sectionYears.apply(sentence.paragraph(),
                        sectionDays.apply(sentence.paragraph(), dates.find(text, anchor))), money.find(text),
                events.triggers(text), cues);
    }

    /** "the situation in Myanmar", "tình hình Ukraine": the country is what is talked about, not a side. */
    private static boolean isTopic(MatchText text, CountryMention c, List<Cue> cues) {
        String lower = text.lower();
        for (Cue cue : cues) {
            if (cue.kind().equals("TOPIC") && cue.end() <= c.start()) {
                String between = lower.substring(cue.end(), c.start()).strip();
                if (between.isEmpty() || between.equals("the")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A person named without a country ("Tổng thống Putin") takes the country the document gave the same person
     * before ("Tổng thống Nga Vladimir Putin"); short names match a full name's first or last word.
     */
    private List<PersonMention> withKnownCountries(MatchText text, List<CountryMention> countries,
                                                   List<PersonMention> found, List<PersonMention> known) {
        List<PersonMention> out = new ArrayList<>(found.size());
        for (PersonMention p : found) {
            String country = null;
            if (p.country() == null) {
                country = countryAfterName(text, countries, p);
                if (country == null) {
                    country = knownCountry(p.name(), known);
                }
                if (country == null && looksVietnamese(p.name())) {
                    country = "VN";
                }
            }
            out.add(country == null ? p : new PersonMention(p.start(), p.end(), p.nameStart(), p.nameEnd(), p.name(),
                    p.aliases(), country, p.titles(), p.rank()));
        }
        return out;
    }

    /**
     * Officials of international organisations ("Tổng thư ký Liên Hợp Quốc António Guterres") belong to no
     * country: they are kept out of the bilateral rules, also where the document names them again without the
     * organisation ("ông António Guterres").
     */
    private List<PersonMention> withoutOrganisationOfficials(MatchText text, List<PersonMention> people,
                                                             KnownPersons known) {
        List<PhraseMatch<String>> orgs = organisations.find(text);
        if (orgs.isEmpty() && !known.hasOfficials()) {
            return people;
        }
        List<PersonMention> out = new ArrayList<>(people.size());
        for (PersonMention p : people) {
            if (orgs.stream().anyMatch(o -> o.start() < p.nameEnd() && p.nameStart() < o.end())) {
                continue; // "Tổng giám đốc Quỹ Tiền tệ Quốc tế": the organisation's name read as a person's
            }
            boolean official = p.country() == null && !isMinisterWithPortfolioOf(p, orgs)
                    && orgs.stream().anyMatch(o -> o.end() <= p.nameStart()
                    && o.start() >= Math.min(p.start(), p.nameStart() - ORGANISATION_REACH))
                    || orgs.stream().anyMatch(o -> namedRightAfter(text.original(), o.end(), p.name()));
            if (official) {
                known.addOfficial(p.name());
            } else if (!known.isOfficial(p.name())) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * "The Minister for Foreign Affairs, European Union and Cooperation, José Manuel Albares": an organisation named
     * inside a minister's title is a portfolio of a national government, not the body the person serves.
     */
    private static boolean isMinisterWithPortfolioOf(PersonMention p, List<PhraseMatch<String>> orgs) {
        return p.titles().stream().anyMatch(t -> t.startsWith("Minister"))
                && orgs.stream().allMatch(o -> o.start() > p.start() && o.end() <= p.nameStart());
    }

    /** "Liên Hợp Quốc António Guterres": the name follows the organisation, whichever mention of it was read. */
    private static boolean namedRightAfter(String text, int at, String name) {
        int next = at;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next > at && text.startsWith(name, next);
    }

    /** "Prime Minister Pham Chinh of Vietnam": the country named right after the name. */
    private static String countryAfterName(MatchText text, List<CountryMention> countries, PersonMention p) {
        int at = p.nameEnd();
        String lower = text.lower();
        int next = at;
        while (next < lower.length() && lower.charAt(next) == ' ') {
            next++;
        }
        if (!lower.startsWith("of ", next)) {
            return null;
        }
        int countryStart = next + 3;
        for (CountryMention c : countries) {
            if (!c.demonym() && (c.start() == countryStart || lower.startsWith("the ", countryStart) && c.start() == countryStart + 4)) {
                return c.code();
            }
        }
        return null;
    }

    /**
     * A Vietnamese name: two to four words from a family name, with its diacritics, or all of them Vietnamese
     * syllables written in ASCII, as English texts write them ("Bui Thanh Son"; not "Ma Zhaoxu", "Kim Jong Un").
     */
    private boolean looksVietnamese(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        if (nameWords.isSurname(words[0])) {
            return true;
        }
        if (!nameWords.isUnaccentedSurname(words[0])) {
            return false;
        }
        for (String word : words) {
            if (!VietnameseSyllable.looksVietnamese(word)) {
                return false;
            }
        }
        return true;
    }

    private static String knownCountry(String name, List<PersonMention> known) {
        String folded = io.diplomaticvisits.extract.text.CharFolding.foldString(name);
        for (int i = known.size() - 1; i >= 0; i--) {
            PersonMention k = known.get(i);
            if (k.country() == null) {
                continue;
            }
            String other = io.diplomaticvisits.extract.text.CharFolding.foldString(k.name());
            if (other.equals(folded) || other.endsWith(" " + folded) || other.startsWith(folded + " ")
                    || folded.endsWith(" " + other) || folded.startsWith(other + " ")) {
                return k.country();
            }
        }
        return null;
    }

    private static PersonMention ownerOf(CountryMention c, List<PersonMention> people) {
        for (PersonMention p : people) {
            if (c.start() >= p.start() && c.end() <= p.end()) {
                return p;
            }
        }
        return null;
    }
}
