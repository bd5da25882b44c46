package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.mention.PersonMention;
import io.diplomaticvisits.extract.mention.TitleMention;
import io.diplomaticvisits.extract.model.AgreementRecord;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.Location;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.ParticipantRole;
import io.diplomaticvisits.extract.model.VisitParticipant;
import io.diplomaticvisits.extract.model.VisitRecord;
import io.diplomaticvisits.extract.text.Paragraph;
import io.diplomaticvisits.extract.text.PreparedDocument;
import io.diplomaticvisits.extract.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One run of the rules over one prepared document: sentences in order, boilerplate and repeated paragraphs
 * skipped, drafts merged, then finished into records. Not shared between threads: make one per document.
 */
public final class DocumentExtraction {

    /**
     * Longer "sentences" are no prose (a table, a run of one word with no full stop): they are skipped, which also
     * bounds the cost of the per-sentence rules on hostile input.
     */
    static final int MAX_SENTENCE_CHARS = 3000;
    /** Front matter with a {@code title:} line sits in the first paragraphs. */
    private static final int TITLE_PARAGRAPHS = 12;
    /** What may stand before the member's name on a line of a delegation list ("The Honorable"). */
    private static final int LIST_LINE_LEAD = 20;

    private final VisitRules visitRules = new VisitRules();
    private final VisitMerger merger;
    private final PartnershipRules partnershipRules;
    private final AgreementRules agreementRules;
    private final DocumentContext context;
    private final SourceFactory sources;
    private final PreparedDocument prepared;
    /** A heading such as "Members of the Presidential Delegation:" was read; its members follow, one a line. */
    private boolean delegationList;
    /** The titles that stand for a trip's unnamed traveller ("The Vice President's travel to Vietnam"). */
    private final java.util.Map<VisitDraft, List<String>> travellerTitles = new java.util.IdentityHashMap<>();

    public DocumentExtraction(String document, PreparedDocument prepared, PartialDate publicationDate,
                              RuleLexicons lexicons) {
        this.prepared = prepared;
        this.sources = new SourceFactory(document, prepared);
        this.context = new DocumentContext(publicationDate);
        this.merger = new VisitMerger(context.publicationDate);
        this.context.vietnameseText = prepared.language() == io.diplomaticvisits.extract.model.Language.VI;
        this.partnershipRules = new PartnershipRules(lexicons);
        this.agreementRules = new AgreementRules(lexicons);
    }

    /** Runs the rules over every sentence; {@code facts} finds the mentions of one sentence. */
    public ExtractionResult run(Function<Sentence, SentenceFacts> facts) {
        List<SentenceFacts> content = new ArrayList<>();
        SentenceFacts title = null;
        for (Sentence sentence : prepared.sentences()) {
            Paragraph paragraph = prepared.paragraphs().get(sentence.paragraph());
            if (title == null && paragraph.boilerplate() && sentence.paragraph() < TITLE_PARAGRAPHS
                    && sentence.end() - sentence.start() <= MAX_SENTENCE_CHARS
                    && prepared.text().startsWith("title:", sentence.start())) {
                title = facts.apply(sentence);
            }
            if (paragraph.boilerplate() || paragraph.isDuplicate() || sentence.end() <= sentence.start()
                    || sentence.end() - sentence.start() > MAX_SENTENCE_CHARS) {
                continue;
            }
            content.add(facts.apply(sentence));
        }
        context.dominantForeign = dominantForeign(content);
        if (title != null) {
            agreementRules.applyTitle(title, context, sources);
        }
        for (SentenceFacts s : content) {
            context.enter(s.paragraph());
            List<VisitDraft> eventsHere = new ArrayList<>();
            for (VisitDraft draft : visitRules.apply(s, context, sources)) {
                VisitDraft kept = merger.add(draft);
                context.remember(kept, travellerOf(kept), s.paragraph());
                eventsHere.add(kept);
                if (kept.isTrip() && guestOf(kept) == null) {
                    travellerTitles.computeIfAbsent(kept, k -> new ArrayList<>()).addAll(titlesWithoutName(s));
                    nameTraveller(kept, content);
                }
            }
            if (eventsHere.stream().noneMatch(VisitDraft::isTrip)) {
                hostsOfEarlierTrips(s);
                delegationOfEarlierTrip(s);
            } else {
                delegationList = false;
            }
            partnershipRules.apply(s, context, sources, eventsHere);
            agreementRules.apply(s, context, sources, eventsHere);
            context.afterSentence(s, !eventsHere.isEmpty());
        }
        namedTravellers(content);
        return finish();
    }

    /**
     * An invitation told in a sentence of its own ("Hai chuyến thăm diễn ra theo lời mời của Tổng thống Chile X và
     * Tổng thống Peru Y", "The visit is at the invitation of ..."): each inviter hosts the latest trip told before to
     * the inviter's country.
     */
    private void hostsOfEarlierTrips(SentenceFacts s) {
        for (PersonMention inviter : visitRules.inviters(s)) {
            String country = inviter.country();
            if (country == null) {
                continue;
            }
            VisitDraft latest = latestTrip(d -> country.equals(d.host) && !country.equals(d.guest));
            if (latest != null) {
                latest.addParticipant(inviter, ParticipantRole.HOST);
                latest.sources.add(sources.of(s));
            }
        }
    }

    /**
     * The members of a delegation told in a sentence without a trip of its own ("Secretary X will lead the
     * delegation", "Tháp tùng Chủ tịch nước có ...") travel in the latest trip told before, unless they are of
     * another country than its guest. A heading with no person opens a list whose lines each begin with a member.
     */
    private void delegationOfEarlierTrip(SentenceFacts s) {
        boolean cue = s.hasCue("DELEGATION", 0, s.text().length());
        if (cue && s.persons().isEmpty()) {
            delegationList = true;
            return;
        }
        boolean listLine = delegationList && !s.persons().isEmpty() && s.triggers().isEmpty()
                && s.gap(0, s.persons().get(0).start()).length() <= LIST_LINE_LEAD;
        delegationList = listLine;
        if (!cue && !listLine) {
            return;
        }
        VisitDraft trip = latestTrip(d -> true);
        if (trip == null) {
            return;
        }
        List<PersonMention> members = listLine ? List.of(s.persons().get(0)) : s.persons();
        boolean added = false;
        for (PersonMention p : members) {
            if (p.country() == null || p.country().equals(trip.guest)) {
                trip.addParticipant(p, ParticipantRole.GUEST);
                added = true;
            }
        }
        if (added) {
            trip.sources.add(sources.of(s));
        }
    }

    /** The trip told last that {@code which} accepts, or null. */
    private VisitDraft latestTrip(Predicate<VisitDraft> which) {
        List<VisitDraft> drafts = merger.drafts();
        for (int i = drafts.size() - 1; i >= 0; i--) {
            if (drafts.get(i).isTrip() && which.test(drafts.get(i))) {
                return drafts.get(i);
            }
        }
        return null;
    }

    /**
     * The foreign country the document is most about: the side of officials whose country the text never
     * repeats ("Trade Representative Jane Doe spoke today with ..." in a government press release).
     */
    private static String dominantForeign(List<SentenceFacts> content) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (SentenceFacts s : content) {
            for (io.diplomaticvisits.extract.mention.CountryMention c : s.countries()) {
                if (!c.code().equals(VisitRules.VIETNAM)) {
                    counts.merge(c.code(), 1, Integer::sum);
                }
            }
            for (io.diplomaticvisits.extract.mention.CountryGroup g : s.groups()) {
                for (String code : g.codes()) {
                    if (!code.equals(VisitRules.VIETNAM)) {
                        counts.merge(code, 1, Integer::sum);
                    }
                }
            }
        }
        String best = null;
        int bestCount = 0;
        for (var e : new java.util.TreeMap<>(counts).entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static PersonMention travellerOf(VisitDraft d) {
        return d.isTrip() && VisitRules.VIETNAM.equals(d.guest) ? guestOf(d) : null;
    }

    /** The first GUEST of an event, or null. */
    private static PersonMention guestOf(VisitDraft d) {
        for (VisitDraft.ParticipantSlot slot : d.participants.values()) {
            if (slot.role() == ParticipantRole.GUEST) {
                return slot.person();
            }
        }
        return null;
    }

    /** The titles of a sentence that belong to no named person: "The Vice President", "Thủ tướng". */
    private static List<String> titlesWithoutName(SentenceFacts s) {
        List<String> out = new ArrayList<>();
        for (TitleMention t : s.titles()) {
            boolean named = s.persons().stream().anyMatch(p -> p.start() <= t.start() && t.end() <= p.end());
            if (!named) {
                out.add(t.title());
            }
        }
        return out;
    }

    /**
     * A trip told with only its traveller's title ("The Vice President's travel to Vietnam") travels with the
     * person of the guest country whom the document names with that title.
     */
    private void namedTravellers(List<SentenceFacts> content) {
        for (VisitDraft trip : travellerTitles.keySet()) {
            nameTraveller(trip, content);
        }
    }

    /**
     * A trip whose traveller is a title alone ("The Prime Minister is in Vietnam on an official visit") travels with
     * the person the document names with that title; named as soon as the trip is read, so that the encounters
     * told after it know their visitor.
     */
    private void nameTraveller(VisitDraft trip, List<SentenceFacts> content) {
        List<String> titles = travellerTitles.get(trip);
        if (titles == null || guestOf(trip) != null || trip.guest == null) {
            return;
        }
        PersonMention found = namedWithTitle(content, trip.guest, titles);
        if (found != null) {
            trip.addParticipant(found, ParticipantRole.GUEST);
        }
    }

    /**
     * The first person of {@code country} that the document names with one of {@code titles}, tried in order; else
     * the first such person of no stated country, when the country is the foreign side the document is about ("Vice
     * President X" in a release that never says whose).
     */
    private PersonMention namedWithTitle(List<SentenceFacts> content, String country, List<String> titles) {
        for (boolean countryStated : new boolean[] {true, false}) {
            if (!countryStated && !country.equals(context.dominantForeign)) {
                break;
            }
            for (String title : titles) {
                for (SentenceFacts s : content) {
                    for (PersonMention p : s.persons()) {
                        boolean ofCountry = countryStated ? country.equals(p.country()) : p.country() == null;
                        if (ofCountry && hasTitle(p, title)) {
                            return p;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static boolean hasTitle(PersonMention p, String title) {
        for (String t : p.titles()) {
            if (t.equals(title) || t.startsWith(title + " ")) {
                return true;
            }
        }
        return false;
    }

    private ExtractionResult finish() {
        merger.foldOverlappingTrips();
        List<VisitDraft> drafts = merger.drafts();
        for (VisitDraft d : drafts) {
            anchorYear(d);
        }
        datesFromEngagements(drafts);
        ParticipantRegistry registry = new ParticipantRegistry();
        List<VisitRecord> visits = new ArrayList<>();
        for (VisitDraft d : drafts) {
            anchorYear(d);
            statusFromPublication(d);
            List<VisitParticipant> people = new ArrayList<>();
            for (VisitDraft.ParticipantSlot slot : d.participants.values()) {
                PersonMention p = slot.person();
                String fallback = switch (slot.role()) {
                    case GUEST -> d.guest;
                    case HOST -> d.host;
                    case PARTICIPANT -> null;
                };
                String country = p.country() != null ? p.country() : fallback;
                people.add(new VisitParticipant(p.name(), country, slot.role()));
                registry.add(p, fallback, d.sources.get(0));
            }
            Location location = d.locationCountry == null && d.city == null ? null : new Location(d.city, d.locationCountry);
            visits.add(new VisitRecord(d.type, d.status, d.guest, d.host, List.copyOf(d.countries), location,
                    d.start, d.end.allPartsUnknown() ? d.start : d.end, people, List.copyOf(d.sources),
                    Math.min(1.0, d.confidence)));
        }
        List<AgreementRecord> agreements = agreementRules.records();
        return new ExtractionResult(prepared.language(), visits, registry.records(), partnershipRules.records(),
                agreements);
    }

    /** A trip with no dates of its own takes the year and month of the engagements placed in it, and their city. */
    private static void datesFromEngagements(List<VisitDraft> drafts) {
        for (VisitDraft trip : drafts) {
            if (!trip.isTrip()) {
                continue;
            }
            String city = null;
            boolean oneCity = true;
            PartialDate found = null;
            for (VisitDraft e : drafts) {
                if (e.isTrip() || !e.countries.equals(trip.countries)) {
                    continue;
                }
                boolean inside = trip.host.equals(e.locationCountry) || trip.host.equals(e.host);
                if (!inside) {
                    continue;
                }
                if (trip.start.month() == null && e.start.month() != null && e.start.agreesWith(trip.start)
                        && found == null) {
                    found = e.start.monthOnly();
                }
                if (e.city != null) {
                    oneCity &= city == null || city.equals(e.city);
                    city = e.city;
                }
            }
            if (found != null) {
                trip.start = VisitMerger.moreSpecific(trip.start, found);
                trip.end = VisitMerger.moreSpecific(trip.end.month() == null ? PartialDate.UNKNOWN : trip.end, found);
            }
            if (trip.city == null && oneCity && city != null) {
                trip.city = city;
            }
        }
    }

    /**
     * Against a known publication date, an event dated more than a day after it is announced and one dated on it or
     * before it is held; one dated the day after keeps the status its words give.
     */
    private void statusFromPublication(VisitDraft d) {
        PartialDate published = context.publicationDate;
        if (published.year() == null || published.month() == null || published.day() == null
                || d.start.year() == null || d.start.month() == null || d.start.day() == null) {
            return;
        }
        java.time.LocalDate start;
        java.time.LocalDate day;
        try {
            start = java.time.LocalDate.of(d.start.year(), d.start.month(), d.start.day());
            day = java.time.LocalDate.of(published.year(), published.month(), published.day());
        } catch (java.time.DateTimeException e) {
            return;
        }
        // A day of slack: the article's clock and the event's may be a time zone apart, so for an event dated the day
        // after, the text's own words ("will visit ... on Saturday") tell.
        if (start.isAfter(day.plusDays(1))) {
            d.status = io.diplomaticvisits.extract.model.VisitStatus.PLANNED;
        } else if (!start.isAfter(day)) {
            d.status = io.diplomaticvisits.extract.model.VisitStatus.HELD;
        }
    }

    private void anchorYear(VisitDraft d) {
        if (!d.isTrip() && d.start.allPartsUnknown() && context.publicationDate.month() != null) {
            // An encounter reported with no date at all is news of the publication's month.
            d.start = context.publicationDate.monthOnly();
            d.end = d.start;
            return;
        }
        PartialDate anchored = d.status == io.diplomaticvisits.extract.model.VisitStatus.PLANNED
                ? YearAnchor.ahead(d.start, context.publicationDate)
                : YearAnchor.apply(d.start, context.publicationDate);
        if (anchored != d.start) {
            int shift = anchored.year();
            d.start = anchored;
            if (d.end.year() == null && d.end.month() != null) {
                d.end = d.end.withYear(d.end.month() < d.start.month() ? shift + 1 : shift);
            }
        }
    }
}
