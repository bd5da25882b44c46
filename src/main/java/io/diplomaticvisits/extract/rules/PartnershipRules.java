package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.lexicon.KeywordLexicon;
import io.diplomaticvisits.extract.lexicon.PhraseMatch;
import io.diplomaticvisits.extract.mention.CountryGroup;
import io.diplomaticvisits.extract.mention.CountryMention;
import io.diplomaticvisits.extract.mention.DateMention;
import io.diplomaticvisits.extract.mention.PersonMention;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.PartnershipLevel;
import io.diplomaticvisits.extract.model.PartnershipRecord;
import io.diplomaticvisits.extract.model.SourceRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds Vietnam's relationship frameworks: a level phrase ("Đối tác chiến lược toàn diện") and the country it
 * is with (a pair form, or the one foreign country of the sentence). A sentence that says the framework was
 * set up or raised ("nâng tầm", "elevated") gives its date as {@code since}. Descriptive phrases without a
 * formal level are not recorded.
 */
final class PartnershipRules {

    /** Words that make a sentence naming no country speak of Vietnam and the country the text is about. */
    private static final List<String> BOTH_COUNTRIES = List.of("two countries", "both countries", "two sides",
            "both sides", "bilateral", "our countries", "our two", "two nations", "hai nước", "hai bên",
            "song phương", "hai quốc gia");

    /** What may stand between a level and the first country of a list: "with nine countries –", "với 12 nước, gồm:". */
    private static final Pattern LIST_OPENING = Pattern.compile(
            "s?\\s*(with|với)(\\s+(\\p{L}+|\\d+)\\s+(countries|nations|partners|nước|quốc gia|đối tác))?"
            + "\\s*[,:–—-]?\\s*(gồm|bao gồm|including|namely|là)?\\s*:?\\s*(the\\s+)?");
    /** What may join two countries of such a list. */
    private static final Set<String> LIST_JOINS = Set.of(",", "and", ", and", "và", ", và", ";", "; and", "and the",
            ", and the", ", the", "and with", ", and with", "and with the", ", and with the", "và với", ", và với");

    /** How far before a level a word of prospect may stand: "considering upgrading their relations to a". */
    private static final int PROSPECT_REACH = 60;

    private final KeywordLexicon levels;
    private final KeywordLexicon cues;
    private final Map<String, Draft> byKey = new LinkedHashMap<>();

    PartnershipRules(RuleLexicons lexicons) {
        this.levels = lexicons.partnershipLevels();
        this.cues = lexicons.partnershipCues();
    }

    void apply(SentenceFacts s, DocumentContext ctx, SourceFactory sources, List<VisitDraft> eventsHere) {
        List<PhraseMatch<String>> found = levels.find(s.text());
        List<PhraseMatch<String>> cueMatches = found.isEmpty() ? List.of() : cues.find(s.text());
        for (PhraseMatch<String> m : found) {
            PartnershipLevel level = PartnershipLevel.valueOf(m.value());
            if (prospect(cueMatches, m)) {
                continue;
            }
            boolean established = cueMatches.stream().anyMatch(c -> c.value().equals("ESTABLISHED"));
            PartialDate since = established ? YearAnchor.apply(sinceDate(s, ctx), ctx.publicationDate) : null;
            List<CountryMention> listed = listedAfter(s, m);
            if (listed.size() >= 2) {
                // "Comprehensive Strategic Partnerships with nine countries: China (2008), Russia (2012), ...": each
                // country listed, since the date in brackets after it, else the sentence's.
                for (CountryMention c : listed) {
                    PartialDate own = dateInBracketsAfter(s, c);
                    record(s, m, level, c.code(), own != null ? YearAnchor.apply(own, ctx.publicationDate) : since,
                            sources);
                }
                continue;
            }
            for (String country : countries(s, m, ctx, cueMatches, eventsHere)) {
                record(s, m, level, country, since, sources);
            }
        }
    }

    private void record(SentenceFacts s, PhraseMatch<String> m, PartnershipLevel level, String country,
                        PartialDate since, SourceFactory sources) {
        String key = country + "|" + level;
        Draft d = byKey.computeIfAbsent(key, k -> new Draft(country, level, s.original().substring(m.start(), m.end())));
        if (d.since == null && since != null && !since.allPartsUnknown()) {
            d.since = since;
        }
        SourceRef ref = sources.of(s);
        if (!d.sources.contains(ref)) {
            d.sources.add(ref);
        }
    }

    /**
     * The foreign countries listed right after a level and "with" ("với"), each perhaps with a date in brackets:
     * "with Australia (March), France (October) and Malaysia (November)", "với 12 nước, gồm: Trung Quốc, Nga, ...".
     * Empty unless the list follows at once.
     */
    private static List<CountryMention> listedAfter(SentenceFacts s, PhraseMatch<String> level) {
        return CountryLists.listed(s, level.end(), s.text().length(), gap -> LIST_OPENING.matcher(gap).matches(),
                LIST_JOINS);
    }

    /** The date in brackets right after a country: "France (October)", "Trung Quốc (2008)"; or null. */
    private static PartialDate dateInBracketsAfter(SentenceFacts s, CountryMention c) {
        String rest = s.original().substring(c.end());
        if (!rest.startsWith(" (") && !rest.startsWith("(")) {
            return null;
        }
        int open = c.end() + rest.indexOf('(');
        int close = s.original().indexOf(')', open);
        for (DateMention d : s.dates()) {
            if (close > 0 && d.start() > open && d.end() <= close
                    && (d.from().year() != null || d.from().month() != null)) {
                return d.from();
            }
        }
        return null;
    }

    /** "are considering upgrading their relations to a Comprehensive Strategic Partnership": not set up yet. */
    private static boolean prospect(List<PhraseMatch<String>> cueMatches, PhraseMatch<String> level) {
        return cueMatches.stream().anyMatch(c -> c.value().equals("PROSPECT") && c.end() <= level.start()
                && level.start() - c.end() <= PROSPECT_REACH);
    }

    List<PartnershipRecord> records() {
        List<PartnershipRecord> out = new ArrayList<>();
        for (Draft d : byKey.values()) {
            out.add(new PartnershipRecord(List.of(VisitRules.VIETNAM, d.country), d.level, d.label, d.since,
                    List.copyOf(d.sources), Math.min(1.0, 0.75 + 0.05 * d.sources.size())));
        }
        return out;
    }

    private Set<String> countries(SentenceFacts s, PhraseMatch<String> m, DocumentContext ctx,
                                  List<PhraseMatch<String>> cueMatches, List<VisitDraft> eventsHere) {
        Set<String> out = new LinkedHashSet<>();
        CountryGroup nearest = null;
        int best = Integer.MAX_VALUE;
        for (CountryGroup g : s.groups()) {
            int distance = g.start() >= m.end() ? g.start() - m.end() : m.start() - g.end();
            if (distance >= 0 && distance < best && g.codes().contains(VisitRules.VIETNAM)) {
                nearest = g;
                best = distance;
            }
        }
        if (nearest != null) {
            foreignOf(nearest.codes(), out);
            return out;
        }
        for (CountryMention c : s.freeCountries()) {
            if (!c.code().equals(VisitRules.VIETNAM)) {
                out.add(c.code());
            }
        }
        if (out.isEmpty()) {
            for (PersonMention p : s.persons()) {
                if (p.country() != null && !p.country().equals(VisitRules.VIETNAM)) {
                    out.add(p.country());
                }
            }
        }
        if (out.isEmpty() && cueMatches.stream().anyMatch(c -> c.value().equals("ESTABLISHED"))) {
            // "He holds talks with President X in Jakarta; ties are upgraded to ...": the side of the sentence's event.
            Set<String> sidesHere = new LinkedHashSet<>();
            for (VisitDraft event : eventsHere) {
                if (event.foreignCountry() != null) {
                    sidesHere.add(event.foreignCountry());
                }
            }
            if (sidesHere.size() == 1) {
                out.addAll(sidesHere);
            }
        }
        if (out.isEmpty() && s.countries().stream().allMatch(c -> c.code().equals(VisitRules.VIETNAM))
                && BOTH_COUNTRIES.stream().anyMatch(s.text().lower()::contains)
                && cueMatches.stream().anyMatch(c -> c.value().equals("ESTABLISHED"))
                && s.dates().stream().anyMatch(d -> d.from().year() != null)) {
            // "since the two countries set up a Strategic Partnership in 2015": the countries the text is about.
            VisitDraft event = ctx.eventInContext(s);
            String country = event != null && event.foreignCountry() != null ? event.foreignCountry()
                    : ctx.dominantForeign;
            if (country != null) {
                out.add(country);
            }
        }
        return out.size() <= 3 ? out : Set.of();
    }

    private static void foreignOf(List<String> codes, Set<String> out) {
        for (String c : codes) {
            if (!c.equals(VisitRules.VIETNAM)) {
                out.add(c);
            }
        }
    }

    /** The date the sentence gives, else the event told before, else (news of the day) the publication date. */
    private static PartialDate sinceDate(SentenceFacts s, DocumentContext ctx) {
        for (DateMention d : s.dates()) {
            if (d.from().month() != null || d.from().year() != null) {
                return d.from();
            }
        }
        PartialDate context = ctx.lastEventMonth(s);
        if (!context.allPartsUnknown()) {
            return context;
        }
        return ctx.publicationDate;
    }

    private static final class Draft {
        final String country;
        final PartnershipLevel level;
        final String label;
        PartialDate since;
        final List<SourceRef> sources = new ArrayList<>();

        Draft(String country, PartnershipLevel level, String label) {
            this.country = country;
            this.level = level;
            this.label = label;
        }
    }
}
