package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.mention.CountryGroup;
import io.diplomaticvisits.extract.mention.CountryMention;
import io.diplomaticvisits.extract.mention.DateMention;
import io.diplomaticvisits.extract.mention.PersonMention;
import io.diplomaticvisits.extract.mention.PlaceKind;
import io.diplomaticvisits.extract.mention.PlaceMention;
import io.diplomaticvisits.extract.mention.TitleMention;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.ParticipantRole;
import io.diplomaticvisits.extract.model.Rank;
import io.diplomaticvisits.extract.model.VisitStatus;
import io.diplomaticvisits.extract.model.VisitType;
import io.diplomaticvisits.extract.text.CharFolding;
import io.diplomaticvisits.extract.text.SpaceRuns;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the triggers of one sentence into visit drafts: trips (who travels where) and engagements (who meets
 * whom), with direction, dates, place, status and participants. Stateless; the document's running context is
 * passed in.
 */
final class VisitRules {

    static final String VIETNAM = "VN";

    /** Words that may stand between a travel word and its destination ("thăm cấp Nhà nước tới Cộng hòa ..."). */
    private static final Set<String> DESTINATION_FILLERS = Set.of("", "tới", "đến", "sang", "tại", "ở", "to", "the",
            "in", "nước", "về", "to the", "tới nước", "đến nước", "in the", "of", "of the");
    /** Words that may stand between a destination and a trip word after it ("to Russia for a working trip"). */
    private static final Set<String> BACKWARD_FILLERS = Set.of("for a", "for an", "for the", "on a", "on an", "for");
    /** Words that introduce where something happens or where someone goes. */
    private static final Set<String> PLACE_INTRODUCERS = Set.of("tại", "ở", "in", "at", "tới", "đến", "to", "sang");
    /** The years a list of past trips may name ("vào các năm 1993, 2001 và 2016"). */
    private static final int FIRST_LISTED_YEAR = 1945;
    private static final int LAST_LISTED_YEAR = 2099;
    private static final Set<String> LIST_SEPARATORS = Set.of(",", "và", "and", ";", "cùng", ", và", ", and",
            "cùng với", ", the", "and the", ", and the", "and with", ", and with", "and with the", ", and with the",
            "và với", ", và với", "as well as", ", as well as", "as well as with", ", as well as with");
    /** What opens a sentence about an encounter told before it ("Tại cuộc gặp, ..."). */
    private static final Set<String> BACK_REFERENCES = Set.of("tại", "tại cuộc", "tại buổi", "trong", "trong cuộc",
            "trong buổi", "phát biểu tại", "phát biểu tại cuộc", "phát biểu tại buổi", "kết thúc", "kết thúc cuộc",
            "at", "at the", "during", "during the", "the", "this", "speaking at the", "speaking at", "after the",
            "following the", "at the end of the", "at the close of the", "at the start of the",
            "at the opening of the", "at the beginning of the", "in the", "throughout the", "cùng dự",
            "cùng dự buổi", "cùng dự cuộc", "cùng tham dự", "cùng tham dự buổi", "cùng tham dự cuộc", "dự buổi",
            "also attending the", "also present at the", "attending the");
    /** Words right after an encounter's word that name its counterpart, making it an encounter of its own. */
    private static final List<String> NEW_COUNTERPART = List.of("với", "giữa", "with", "between");
    /** Verbs that say an encounter named at the start of a sentence took place: it is the one told before. */
    private static final List<String> HAPPENED = List.of("diễn ra", "được tổ chức", "đã diễn ra", "took place",
            "was held", "were held", "is being held", "are being held");
    private static final Set<String> INVITER_JOINS = Set.of("và", "and", ", và", ", and");
    /** Words that may stand inside a list of two leaders: "X and his Chinese counterpart Y", "X và người đồng cấp Y". */
    private static final Set<String> COUNTERPART_WORDS = Set.of("his", "her", "their", "counterpart", "người", "đồng",
            "cấp");
    private static final int DATE_WINDOW = 60;
    private static final int SUPPRESS_WINDOW = 60;
    private static final int PLANNED_WINDOW = 30;
    /** The longest title and name that may stand between a word of plan and the trip it plans. */
    private static final int MAX_NAMED_TRAVELLER = 70;
    /** A trigger this close after another is part of the same phrase ("convened its fourth meeting"). */
    private static final int COMPOUND_GAP = 20;
    private static final int COUNTERPART_GAP = 40;
    /** What may stand between the comma that closes an aside and the verb: "also", "later", "then". */
    private static final int ASIDE_ADVERB = 12;
    /** How far after an encounter word a title in the plural may open the list of those met ("received the
     *  credentials of the newly appointed ambassadors of"). */
    private static final int PLURAL_TITLE_REACH = 60;
    /** How far after a title in the plural the first country of its list may be ("ambassadors from"). */
    private static final int PLURAL_LIST_REACH = 12;
    /** "was received", "were warmly welcomed": the auxiliary ends right before the reception word. */
    private static final int PASSIVE_REACH = 16;
    /** "the Prime Minister met", "the Vice Minister was warmly received by": a title alone as the subject. */
    private static final int TITLE_SUBJECT_GAP = 24;
    /** What joins a second verb to the first of one subject: "X called on A and met with B", "X sẽ hội kiến A, hội kiến B". */
    private static final List<String> COORDINATED_VERB = List.of(" and ", " và ", ", ");
    private static final int COORDINATED_VERB_REACH = 5;
    private static final String ALSO = " also ";
    private static final List<String> SUBJECT_PRONOUNS = List.of("he", "she");
    /** Words that may stand between a subject and its encounter verb: "she was also warmly received". */
    private static final Set<String> VERB_COMPANIONS = Set.of("was", "were", "is", "has", "had", "also", "later",
            "then", "warmly", "cordially", "officially", "briefly", "separately", "subsequently");
    /** Verbs of a call paid on someone that also ask someone to act ("called on X to ..."). */
    private static final Set<String> APPEAL_VERBS = Set.of("called on", "calls on", "call on");
    /** How far a document's kind ("the minutes of the") may stand before the meeting word its title ends on. */
    private static final int TITLE_REACH = 40;
    /** How far from a session or summit word the name of a gathering of many countries may stand. */
    private static final int MULTILATERAL_REACH = 30;
    /** What follows the date of a dateline: the agency in brackets, then a dash. */
    private static final java.util.regex.Pattern DATELINE_AGENCY = java.util.regex.Pattern.compile(
            "\\s*\\([\\p{L}.\\s/]{2,24}\\)\\s*[-–—]");
    /** How far before a date a cue such as "since" or "nhậm chức" makes it the date of another happening. */
    private static final int OTHER_TIME_REACH = 30;

    List<VisitDraft> apply(SentenceFacts s, DocumentContext ctx, SourceFactory sources) {
        List<VisitDraft> trips = new ArrayList<>();
        List<VisitDraft> engagements = new ArrayList<>();
        List<PersonMention> inviters = inviters(s);
        List<Trigger> triggers = ImpliedMeetings.triggersOf(s);
        for (int i = 0; i < triggers.size(); i++) {
            Trigger t = triggers.get(i);
            int prevEnd = i == 0 ? 0 : triggers.get(i - 1).end();
            int nextStart = nextStart(triggers, i, s.text().length());
            if (suppressed(s, t)) {
                continue;
            }
            if (t.form() == TriggerForm.ENGAGE) {
                continue;
            }
            trips.addAll(trip(s, ctx, t, prevEnd, nextStart, inviters, sources));
        }
        boolean encounterNamed = false;
        for (int i = 0; i < triggers.size(); i++) {
            Trigger t = triggers.get(i);
            if (t.form() != TriggerForm.ENGAGE || suppressed(s, t)) {
                continue;
            }
            VisitDraft told = toldBefore(s, ctx, t);
            if (told != null) {
                ctx.refocus(told, s.paragraph()); // what the sentence goes on to tell (a statement adopted ...) is of it
                continue;
            }
            int prevEnd = i == 0 ? 0 : triggers.get(i - 1).end();
            int nextStart = nextStart(triggers, i, s.text().length());
            List<VisitDraft> found = engagement(s, ctx, t, prevEnd, nextStart, inviters, trips, sources);
            engagements.addAll(found);
            encounterNamed |= !found.isEmpty() && s.triggers().contains(t);
        }
        addHostsNamedAlongside(s, trips, engagements);
        if (encounterNamed) {
            // The one day of a sentence that names an encounter is the encounter's; the trip keeps its month. A
            // meeting only implied ("thăm Singapore ngày 7/5 và ký ... với") leaves the trip its day.
            for (VisitDraft trip : trips) {
                if (trip.singleDayFromText) {
                    trip.start = trip.start.monthOnly();
                    trip.end = trip.end.monthOnly();
                }
            }
        }
        List<VisitDraft> out = new ArrayList<>(trips);
        out.addAll(engagements);
        return out;
    }

    /** Where the clause of trigger {@code i} ends: at the next trigger that is not part of the same phrase. */
    private static int nextStart(List<Trigger> triggers, int i, int length) {
        boolean engagement = triggers.get(i).form() == TriggerForm.ENGAGE;
        int end = triggers.get(i).end();
        for (int j = i + 1; j < triggers.size(); j++) {
            Trigger next = triggers.get(j);
            // An encounter's clause runs on through "on the sidelines of ..." to its place and date.
            if (engagement && next.form() == TriggerForm.ATTEND) {
                end = next.end();
                continue;
            }
            if (next.start() - end > COMPOUND_GAP) {
                return next.start();
            }
            end = next.end();
        }
        return length;
    }

    /**
     * "Tại cuộc gặp, ...", "During the talks, ...": a sentence that opens on the encounter just told, to say what
     * was said there, tells no new one (its dates are often of something else: "treo cờ rủ trong 2 ngày 1-2/8").
     * Where no encounter was told before, the sentence is the first to tell it.
     */
    private static VisitDraft toldBefore(SentenceFacts s, DocumentContext ctx, Trigger t) {
        VisitDraft told = ctx.lastEvent != null && !ctx.lastEvent.isTrip() ? ctx.lastEvent : ctx.lastEncounter;
        if (told == null) {
            return null;
        }
        String opening = s.gap(0, t.start());
        if (opening.isEmpty() && told.type == t.type()) {
            // "Kỳ họp diễn ra trong khuôn khổ ...", "The talks took place ...": the sentence is about that encounter.
            String after = s.gap(t.end(), Math.min(s.text().length(), t.end() + 16));
            return HAPPENED.stream().anyMatch(after::startsWith) ? told : null;
        }
        if (!BACK_REFERENCES.contains(opening)) {
            return null;
        }
        if (told != ctx.lastEvent && t.type() != VisitType.MEETING && t.type() != told.type) {
            return null; // after a trip, "the talks" are the trip's own, not the encounter told before it
        }
        String after = s.gap(t.end(), Math.min(s.text().length(), t.end() + 12));
        return NEW_COUNTERPART.stream().anyMatch(after::startsWith) ? null : told;
    }

    private boolean suppressed(SentenceFacts s, Trigger t) {
        return s.hasCue("SUPPRESS", Math.max(0, t.start() - SUPPRESS_WINDOW), t.start()) || inDocumentTitle(s, t);
    }

    /** "signed the minutes of the fourth JCBC meeting": the meeting word names what the document records. */
    private static boolean inDocumentTitle(SentenceFacts s, Trigger t) {
        for (Cue c : s.cues()) {
            if (c.kind().equals("IN_TITLE") && c.end() <= t.start() && t.start() - c.end() <= TITLE_REACH
                    && s.original().substring(c.end(), t.start()).chars().noneMatch(ch -> ch == ',' || ch == ';'
                    || ch == '.' || ch == ':')) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person of the host country named in the trip's sentence, and met in none of its engagements, is the one
     * who welcomed the trip ("cùng Chủ tịch Trung Quốc Hồ Cẩm Đào duyệt đội danh dự ...").
     */
    private static void addHostsNamedAlongside(SentenceFacts s, List<VisitDraft> trips, List<VisitDraft> engagements) {
        Set<String> met = new java.util.HashSet<>();
        for (VisitDraft e : engagements) {
            met.addAll(e.participants.keySet());
        }
        for (VisitDraft trip : trips) {
            for (PersonMention p : s.persons()) {
                String key = CharFolding.foldString(p.name());
                if (trip.host.equals(p.country()) && !met.contains(key) && !trip.participants.containsKey(key)) {
                    trip.addParticipant(p, ParticipantRole.HOST);
                }
            }
        }
    }

    // ---------------------------------------------------------------- trips

    private List<VisitDraft> trip(SentenceFacts s, DocumentContext ctx, Trigger t, int prevEnd, int nextStart,
                                  List<PersonMention> inviters, SourceFactory sources) {
        List<String> destinations = destinations(s, t, prevEnd, nextStart);
        List<VisitDraft> out = new ArrayList<>();
        if (destinations.isEmpty() && t.form() == TriggerForm.TRIP_VERB) {
            // "visiting Indonesian President X", "the visit by President X": to where we are; "nhân chuyến thăm của
            // Thủ tướng Phạm Minh Chính", the sentence naming one other country: to that country.
            PersonMention visitor = personRightAfter(s, t);
            if (visitor == null) {
                visitor = personAfterOf(s, t);
            }
            if (visitor != null && visitor.country() != null && !visitor.country().equals(VIETNAM)) {
                String here = locationCountry(s, ctx, List.of());
                destinations = List.of(here != null && !here.equals(visitor.country()) ? here : VIETNAM);
            } else if (visitor != null && VIETNAM.equals(visitor.country())) {
                List<String> foreign = foreignCountries(s);
                destinations = foreign.size() == 1 ? foreign : List.of();
            }
        }
        if (destinations.isEmpty()) {
            if (t.form() != TriggerForm.TRIP) {
                return out;
            }
            PersonMention traveller = traveller(s, t, null, inviters);
            String travellerCountry = traveller == null ? null : traveller.country();
            if (travellerCountry != null && !travellerCountry.equals(VIETNAM)) {
                destinations = List.of(VIETNAM);
            } else {
                // Only an unambiguous sentence names the destination of a trip word that has none of its own.
                List<String> foreign = foreignCountries(s);
                destinations = foreign.size() == 1 ? foreign : List.of();
            }
        }
        for (String destination : destinations) {
            PersonMention traveller = traveller(s, t, destination, inviters);
            String guest;
            if (destination.equals(VIETNAM)) {
                guest = traveller != null && traveller.country() != null && !traveller.country().equals(VIETNAM)
                        ? traveller.country() : firstForeign(s) != null ? firstForeign(s) : ctx.dominantForeign;
                if (guest == null) {
                    continue;
                }
            } else {
                if (traveller != null && traveller.country() != null && !traveller.country().equals(VIETNAM)) {
                    continue;
                }
                guest = VIETNAM;
            }
            VisitDraft d = new VisitDraft();
            d.type = t.type();
            d.status = status(s, t);
            d.guest = guest;
            d.host = destination;
            d.countries.add(guest);
            d.countries.add(destination);
            d.locationCountry = destination;
            d.city = city(s, destination);
            DateMention date = nearestDate(s, t, prevEnd, nextStart);
            if (date != null) {
                d.start = date.from();
                d.end = date.to();
                d.dateFromText = true;
                d.singleDayFromText = !date.isRange();
                d.tourDates = destinations.size() > 1;
                if (!date.isRange() && s.hasCue("ENDING", 0, t.start())) {
                    // "Tối 13/6, ..., kết thúc chuyến thăm A và chuyến thăm B": the day the trips ended, not began
                    d.start = d.start.monthOnly();
                    d.singleDayFromText = false;
                }
            } else {
                d.start = sentenceYear(s);
                d.end = d.start;
            }
            if (traveller != null) {
                d.addParticipant(withCountry(traveller, guest), ParticipantRole.GUEST);
            }
            for (PersonMention inviter : inviters) {
                if (destination.equals(inviter.country())) {
                    d.addParticipant(inviter, ParticipantRole.HOST);
                } else if (inviter.country() == null && inviters.size() == 1 && !VIETNAM.equals(destination)) {
                    // "at the invitation of Prime Minister X": a trip abroad is invited by its host.
                    d.addParticipant(withCountry(inviter, destination), ParticipantRole.HOST);
                }
            }
            d.confidence = t.form() == TriggerForm.TRIP ? 0.85 : 0.7;
            d.sources.add(sources.of(s, t));
            out.add(d);
            for (PartialDate year : listedYears(s, date, nextStart)) {
                out.add(d.sameTripIn(year));
            }
            if (guest.equals(VIETNAM) && traveller != null) {
                ctx.lastVietnameseTraveller = withCountry(traveller, VIETNAM);
            }
        }
        return out;
    }

    private List<String> destinations(SentenceFacts s, Trigger t, int prevEnd, int nextStart) {
        List<String> out = new ArrayList<>();
        int from = destinationSearchStart(s, t);
        CountryMention first = null;
        for (CountryMention c : s.freeCountries()) {
            if (c.start() >= from && c.start() < nextStart
                    && DESTINATION_FILLERS.contains(s.gap(from, c.start()))) {
                first = c;
                break;
            }
        }
        if (first != null) {
            out.add(first.code());
            int cursor = first.end();
            for (CountryMention c : s.freeCountries()) {
                if (c.start() >= cursor && c.start() < nextStart && LIST_SEPARATORS.contains(s.gap(cursor, c.start()))) {
                    if (!out.contains(c.code())) {
                        out.add(c.code());
                    }
                    cursor = c.end();
                }
            }
            return out;
        }
        for (PlaceMention p : s.places()) {
            if (p.start() >= from && p.start() < nextStart && DESTINATION_FILLERS.contains(s.gap(from, p.start()))) {
                out.add(p.countryCode());
                return out;
            }
        }
        if (t.form() == TriggerForm.TRIP_VERB) {
            return out;
        }
        for (CountryMention c : s.freeCountries()) {
            if (c.start() >= t.end() && c.start() < nextStart && introduced(s, c.start())) {
                out.add(c.code());
                return out;
            }
        }
        for (PlaceMention p : s.places()) {
            if (p.start() >= t.end() && p.start() < nextStart && introduced(s, p.start())) {
                out.add(p.countryCode());
                return out;
            }
        }
        if (t.form() == TriggerForm.ATTEND) {
            return out;
        }
        for (CountryMention c : s.freeCountries()) {
            if (c.end() <= t.start() && c.end() >= prevEnd && BACKWARD_FILLERS.contains(s.gap(c.end(), t.start()))) {
                out.add(c.code());
                return out;
            }
        }
        return out;
    }

    /**
     * Where a trip word's destination is looked for: right after it, or after the traveller it names first
     * ("welcoming President X to Canberra").
     */
    private static int destinationSearchStart(SentenceFacts s, Trigger t) {
        PersonMention traveller = t.form() == TriggerForm.TRIP_VERB ? personRightAfter(s, t) : null;
        return traveller == null ? t.end() : traveller.end();
    }

    private static PersonMention personRightAfter(SentenceFacts s, Trigger t) {
        for (PersonMention p : s.persons()) {
            if (p.start() >= t.end()) {
                return s.gap(t.end(), p.start()).isEmpty() ? p : null;
            }
        }
        return null;
    }

    /** The person named right after the trigger and "của" or "by" ("chuyến thăm của ...", "the visit by ..."). */
    private static PersonMention personAfterOf(SentenceFacts s, Trigger t) {
        for (PersonMention p : s.persons()) {
            if (p.start() >= t.end()) {
                String gap = s.gap(t.end(), p.start()).trim();
                return gap.equals("của") || gap.equals("by") || gap.equals("of") ? p : null;
            }
        }
        return null;
    }

    /** True when the word right before {@code at} introduces a place ("tại", "in", "to" ...). */
    private boolean introduced(SentenceFacts s, int at) {
        String before = s.gap(Math.max(0, at - 8), at);
        int space = before.lastIndexOf(' ');
        String word = space < 0 ? before : before.substring(space + 1);
        return PLACE_INTRODUCERS.contains(word);
    }

    /**
     * Who travels: the nearest person before the trigger who is not from the destination and did not invite
     * the trip, else the first such person after it ("chuyến thăm ... của Tổng thống X").
     */
    private PersonMention traveller(SentenceFacts s, Trigger t, String destination, List<PersonMention> inviters) {
        for (boolean countryKnown : new boolean[] {true, false}) {
            PersonMention best = null;
            for (PersonMention p : s.persons()) {
                if (p.end() <= t.start() && eligibleTraveller(p, destination, inviters, countryKnown)) {
                    best = p;
                }
            }
            if (best != null) {
                return best;
            }
            for (PersonMention p : s.persons()) {
                if (p.start() >= t.end() && eligibleTraveller(p, destination, inviters, countryKnown)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** A person whose country is known and differs from the destination is preferred to one of unknown country. */
    private static boolean eligibleTraveller(PersonMention p, String destination, List<PersonMention> inviters,
                                             boolean countryKnown) {
        if (inviters.contains(p) || countryKnown != (p.country() != null)) {
            return false;
        }
        return destination == null || !destination.equals(p.country());
    }

    /**
     * Announced when a cue ("sẽ", "will", "trước thềm") stands just before the trigger, or before an earlier
     * trip of the same sentence that this one continues ("sẽ thăm X, thăm Y và thăm Z").
     */
    private VisitStatus status(SentenceFacts s, Trigger t) {
        // "preparations for Thai Prime Minister X's official visit": the traveller's name does not count
        int named = personChars(s, Math.max(0, t.start() - PLANNED_WINDOW - MAX_NAMED_TRAVELLER), t.start());
        int from = Math.max(0, t.start() - PLANNED_WINDOW - named);
        for (Trigger other : s.triggers()) {
            if (other.end() <= t.start() && other.form() != TriggerForm.ENGAGE && t.form() != TriggerForm.ENGAGE) {
                from = Math.min(from, Math.max(0, other.start() - PLANNED_WINDOW));
            }
        }
        if (!s.hasCueEndingIn("PLANNED", from, t.start())) {
            return VisitStatus.HELD;
        }
        return s.hasCue("HELD", from, t.start()) ? VisitStatus.HELD : VisitStatus.PLANNED;
    }

    // ---------------------------------------------------------------- engagements

    private List<VisitDraft> engagement(SentenceFacts s, DocumentContext ctx, Trigger t, int prevEnd, int nextStart,
                                        List<PersonMention> inviters, List<VisitDraft> tripsHere, SourceFactory sources) {
        List<VisitDraft> out = new ArrayList<>();
        List<String> foreignHere = foreignCountries(s);
        String sentenceForeign = foreignHere.isEmpty() ? null : foreignHere.get(0);
        String contextForeign = ctx.lastTrip != null ? ctx.lastTrip.foreignCountry() : null;
        String placeForeign = foreignPlace(s);
        if (placeForeign != null && !ctx.tripHosts.contains(placeForeign)) {
            placeForeign = null; // a city of a third country, as of a summit, says nothing of who is from where
        }
        String postingForeign = sentenceForeign == null && placeForeign == null ? postingOfVietnamese(s) : null;
        String fallbackForeign = sentenceForeign != null ? sentenceForeign
                : placeForeign != null ? placeForeign
                : postingForeign != null ? postingForeign
                : ctx.dominantForeign != null ? ctx.dominantForeign
                : !tripsHere.isEmpty() ? tripsHere.get(0).foreignCountry() : contextForeign;

        if (isAppeal(s, t)) {
            return out;
        }
        if (t.type() == VisitType.CONFERENCE) {
            VisitDraft d = conference(s, ctx, t, prevEnd, nextStart, sources);
            if (d != null) {
                out.add(d);
            }
            return out;
        }

        List<PersonMention> foreign = new ArrayList<>();
        List<PersonMention> vietnamese = new ArrayList<>();
        PersonMention firstAfter = null;
        for (PersonMention p : s.persons()) {
            if (p.start() < t.end() || p.start() >= nextStart || inviters.contains(p)) {
                continue;
            }
            if (firstAfter == null) {
                firstAfter = p;
                if (!nearEnough(s, t.end(), p.start())) {
                    break;
                }
            }
            String country = p.country() != null ? p.country() : fallbackForeign;
            if (country == null) {
                continue;
            }
            if (country.equals(VIETNAM)) {
                if (!foreign.isEmpty()) {
                    break;
                }
                vietnamese.add(p);
            } else {
                foreign.add(withCountry(p, country));
            }
        }
        if (firstAfter != null && !nearEnough(s, t.end(), firstAfter.start())) {
            foreign.clear();
            vietnamese.clear();
        }
        TitleMention plural = foreign.isEmpty() ? pluralTitleAfter(s, t, nextStart) : null;
        List<String> listedCountries = List.of();
        if (plural != null) {
            // "tiếp Đại sứ các nước ..., gồm: Đại sứ A X; Đại sứ B Y", "received the credentials of the ambassadors
            // of A, X; B, Y": each holder listed after the title in the plural is met; else each country listed.
            for (PersonMention p : s.persons()) {
                if (p.start() >= plural.end() && p.start() < nextStart && p.country() != null
                        && !p.country().equals(VIETNAM) && !inviters.contains(p)) {
                    foreign.add(p);
                }
            }
            listedCountries = foreign.isEmpty() ? countriesListedAfter(s, plural.end(), nextStart) : List.of();
        }
        PersonMention subjectBefore = nearestBefore(s, t);
        if (foreign.isEmpty() && !vietnamese.isEmpty() && subjectBefore != null && !inviters.contains(subjectBefore)
                && (s.gap(subjectBefore.end(), t.start()).length() <= COUNTERPART_GAP
                || asideBetween(s, subjectBefore.end(), t.start()))) {
            // "President Biden met today with General Secretary To Lam": the subject is the counterpart; "Vice
            // President X and Minister Y called on Prime Minister Z": each of the subjects is.
            for (PersonMention p : coordinatedUpTo(s, subjectBefore, prevEnd)) {
                String country = p.country() != null ? p.country() : fallbackForeign;
                if (country != null && !country.equals(VIETNAM) && !inviters.contains(p)) {
                    foreign.add(withCountry(p, country));
                }
            }
        }
        PersonMention shared = foreign.isEmpty() && !vietnamese.isEmpty() ? sharedSubject(s, t) : null;
        boolean metBySharedSubject = false;
        if (shared != null && !inviters.contains(shared)) {
            // "X called on A, ..., and met with B": the subject of the first verb met B too.
            String country = shared.country() != null ? shared.country() : fallbackForeign;
            if (country != null && !country.equals(VIETNAM)) {
                foreign.add(withCountry(shared, country));
                metBySharedSubject = true;
            }
        }
        PersonMention subjectAfter = subjectAfterOpeningClause(s, t);
        if (foreign.isEmpty() && !vietnamese.isEmpty() && subjectBefore == null && subjectAfter != null) {
            // "Nhớ lại lần gặp Chủ tịch Quốc hội X ..., Tổng thống Y cho biết": the main clause's subject.
            String country = subjectAfter.country() != null ? subjectAfter.country() : fallbackForeign;
            if (country != null && !country.equals(VIETNAM)) {
                foreign.add(withCountry(subjectAfter, country));
            }
        }
        List<PersonMention> before = listBefore(s, t, prevEnd);
        if (foreign.isEmpty()) {
            for (PersonMention p : before) {
                String country = p.country() != null ? p.country() : fallbackForeign;
                if (country != null && !country.equals(VIETNAM) && !inviters.contains(p)) {
                    foreign.add(withCountry(p, country));
                }
            }
        }
        if (foreign.isEmpty() && s.hasCue("AT_EVENT", Math.max(0, t.start() - 10), t.start())) {
            // "X and Y agreed to ... at their talks in Putrajaya": the pair the sentence opens on met.
            for (PersonMention p : pairSubject(s, t, prevEnd)) {
                if (!VIETNAM.equals(p.country()) && !inviters.contains(p)) {
                    foreign.add(p);
                }
            }
        }
        PersonMention subject = nearestBefore(s, t);
        PersonMention vnSide = null;
        for (PersonMention p : s.persons()) {
            if (p.end() <= t.start() && VIETNAM.equals(p.country()) && !inviters.contains(p)) {
                vnSide = p;
            }
        }
        if (metBySharedSubject) {
            vnSide = null; // the Vietnamese leader before the verb was met by the first verb, not this one
        }
        List<PersonMention> vnSides = new ArrayList<>();
        if (vnSide == null && !vietnamese.isEmpty()) {
            vnSide = vietnamese.get(0);
            vnSides.addAll(joinedList(s, vietnamese));
        }
        if (vnSide == null && ctx.lastVietnameseTraveller != null && ctx.lastTrip != null) {
            vnSide = ctx.lastVietnameseTraveller;
        }

        List<String> counterparts = new ArrayList<>(listedCountries);
        if (foreign.isEmpty() && counterparts.isEmpty()) {
            String titled = titledCountryAfter(s, t, nextStart);
            if (titled != null) {
                counterparts.add(titled);
            }
        }
        if (foreign.isEmpty() && counterparts.isEmpty() && s.hasCue("AT_EVENT", Math.max(0, t.start() - 8), t.start())
                && ctx.lastTrip != null && VIETNAM.equals(ctx.lastTrip.host) && travellerOf(ctx.lastTrip) != null) {
            // "Tại cuộc hội đàm, ...": the talks held with the visitor the text is about.
            foreign.add(travellerOf(ctx.lastTrip));
        }
        VisitDraft visit = ctx.lastTrip != null && VIETNAM.equals(ctx.lastTrip.host) ? ctx.lastTrip
                : ctx.lastVisitToVietnam;
        boolean visitorIsSubject = false;
        if (foreign.isEmpty() && counterparts.isEmpty() && !vietnamese.isEmpty() && visit != null
                && travellerOf(visit) != null && (titleAloneNames(s, t, travellerOf(visit)) || pronounSubject(s, t))) {
            // "the Prime Minister met with the President of Vietnam, ...": the visitor named by a title alone.
            foreign.add(travellerOf(visit));
            visitorIsSubject = true;
        }
        VisitDraft sides = ctx.lastEvent != null && !ctx.lastEvent.isTrip() && ctx.lastEventParagraph == s.paragraph()
                && ctx.lastEvent.foreignCountry() != null ? ctx.lastEvent : ctx.lastTrip;
        if (foreign.isEmpty() && counterparts.isEmpty() && bothSidesNamed(s, t)
                && sides != null && sides.foreignCountry() != null) {
            // "The two leaders held talks": the sides of the encounter just told in the paragraph ("Ngay sau lễ
            // đón, hai nhà lãnh đạo hội đàm"), else of the trip the text is about.
            VisitDraft trip = sides;
            PersonMention other = firstOf(trip, trip.foreignCountry());
            PersonMention named = ctx.foreignEarlierInParagraph(s);
            boolean namedHostsATrip = named != null && (named.country().equals(trip.foreignCountry())
                    || ctx.tripHosts.contains(named.country()));
            if (namedHostsATrip && (other == null || !named.country().equals(trip.foreignCountry()))) {
                // "Tổng thống X chủ trì lễ đón chính thức Thủ tướng. Ngay sau đó, hai nhà lãnh đạo hội đàm.": the
                // host just named, when the trip told last has no one of his or goes to another country told.
                other = named;
            }
            if (other != null) {
                foreign.add(other);
            } else {
                counterparts.add(trip.foreignCountry());
            }
            PersonMention ours = firstOf(trip, VIETNAM);
            if (ours != null) {
                vnSide = ours;
            }
        }
        if (foreign.isEmpty() && counterparts.isEmpty()) {
            String tripHost = tripsHere.isEmpty() ? null : tripsHere.get(0).foreignCountry();
            if (tripHost != null && s.gap(t.end(), Math.min(s.text().length(), t.end() + 5)).startsWith("với")
                    || tripHost != null && s.gap(t.end(), Math.min(s.text().length(), t.end() + 6)).startsWith("with")) {
                counterparts.add(tripHost);
            } else {
                return out;
            }
        }

        if (vnSide == null && !s.mentionsVietnam() && (ctx.lastTrip == null || !ctx.lastTrip.countries.contains(VIETNAM))) {
            return out;
        }
        String namedLocation = namedLocation(s);
        String locationCountry = namedLocation != null ? namedLocation : locationCountry(s, ctx, tripsHere);
        boolean noPlaceNoTrip = tripsHere.isEmpty() && namedLocation == null;
        List<Object> targets = new ArrayList<>(foreign);
        targets.addAll(counterparts);
        // "met President A and Chairman B": one encounter with each of the Vietnamese leaders listed.
        List<PersonMention> ourSides = targets.size() == 1 && vnSides.size() > 1 ? vnSides
                : java.util.Collections.singletonList(vnSide);
        for (PersonMention ours : ourSides) {
            for (Object target : targets) {
                PersonMention person = target instanceof PersonMention pm ? pm : null;
                String country = person != null ? person.country() : (String) target;
                // Met by the visitor of the trip to Vietnam told before, in a sentence that names no place and no
                // trip: during that trip, whatever trip the text recalled since.
                VisitDraft visitorsTrip = noPlaceNoTrip ? visitorsTrip(ctx, person) : null;
                String here = visitorsTrip != null ? VIETNAM : locationCountry;
                VisitDraft d = new VisitDraft();
                d.type = t.type();
                d.status = status(s, t);
                d.countries.add(VIETNAM);
                d.countries.add(country);
                if (t.type() == VisitType.RECEPTION) {
                    String subjectCountry = subject == null ? null
                            : subject.country() != null ? subject.country() : fallbackForeign;
                    boolean subjectReceives = !s.hasCue("PASSIVE", Math.max(0, t.start() - PASSIVE_REACH), t.end());
                    // With no one named before the verb, whoever is named after it receives unless the verb is passive;
                    // a visitor named by a title or a pronoun before it is its subject.
                    boolean foreignReceives = subject != null ? country.equals(subjectCountry) == subjectReceives
                            : visitorIsSubject == subjectReceives;
                    d.host = foreignReceives ? country : VIETNAM;
                    d.guest = foreignReceives ? VIETNAM : country;
                } else if (VIETNAM.equals(here)) {
                    d.host = VIETNAM;
                    d.guest = country;
                } else if (country.equals(here)) {
                    d.host = country;
                    d.guest = VIETNAM;
                }
                if (d.host == null && d.guest == null && t.type() != VisitType.PHONE_CALL) {
                    // An ambassador calls on the leaders of the country of posting: "Mongolian Ambassador X paid a
                    // farewell call on Vice President Y" was in Vietnam.
                    if (person != null && person.rank() == Rank.AMBASSADOR) {
                        d.host = VIETNAM;
                        d.guest = country;
                    } else if (ours != null && ours.rank() == Rank.AMBASSADOR) {
                        d.host = country;
                        d.guest = VIETNAM;
                    }
                }
                d.locationCountry = t.type() == VisitType.PHONE_CALL ? null : here;
                d.city = d.locationCountry == null ? null : city(s, d.locationCountry);
                if (d.city == null && d.locationCountry != null && ctx.lastTrip != null
                        && d.locationCountry.equals(ctx.lastTrip.locationCountry)) {
                    d.city = ctx.lastTrip.city;
                }
                DateMention date = nearestDate(s, t, prevEnd, nextStart);
                if (date != null) {
                    datedBy(d, date, ctx);
                } else if ((s.hasCue("SAME_DAY", 0, t.start()) || alsoBefore(s, t)) && ctx.lastEvent != null) {
                    d.start = ctx.sameDay(s);
                    d.end = d.start;
                } else if (!tripsHere.isEmpty()) {
                    d.start = tripsHere.get(0).start.monthOnly();
                    d.end = d.start;
                } else if (visitorsTrip != null) {
                    d.start = visitorsTrip.start.monthOnly();
                    d.end = d.start;
                } else if (ctx.lastTrip != null && datesHeldEncounter(ctx.lastTrip, d)
                        && d.countries.contains(ctx.lastTrip.foreignCountry() == null
                        ? "" : ctx.lastTrip.foreignCountry())) {
                    d.start = ctx.lastTrip.start.monthOnly();
                    d.end = d.start;
                } else if (ctx.lastTrip != null && datesHeldEncounter(ctx.lastTrip, d) && locationCountry != null
                        && locationCountry.equals(ctx.lastTrip.host)) {
                    // Met during the trip told before: on its day when it lasted one day, else in its month.
                    boolean oneDay = ctx.lastTrip.start.day() != null && ctx.lastTrip.start.equals(ctx.lastTrip.end);
                    d.start = oneDay ? ctx.lastTrip.start : ctx.lastTrip.start.monthOnly();
                    d.end = d.start;
                } else {
                    d.start = sentenceYear(s);
                    d.end = d.start;
                }
                if (ours != null) {
                    d.addParticipant(withCountry(ours, VIETNAM), roleOf(d, VIETNAM));
                }
                if (person != null) {
                    d.addParticipant(person, roleOf(d, country));
                    d.counterpartKey = CharFolding.foldString(person.name());
                }
                d.confidence = person != null ? 0.85 : 0.6;
                d.sources.add(sources.of(s, t));
                out.add(d);
            }
        }
        return out;
    }

    private VisitDraft conference(SentenceFacts s, DocumentContext ctx, Trigger t, int prevEnd, int nextStart,
                                  SourceFactory sources) {
        Set<String> countries = new LinkedHashSet<>();
        for (CountryGroup g : s.groups()) {
            countries.addAll(g.codes());
        }
        if (countries.isEmpty()) {
            for (CountryMention c : s.freeCountries()) {
                countries.add(c.code());
            }
        }
        if (!countries.contains(VIETNAM) || countries.size() < 2) {
            return null;
        }
        if (s.groups().isEmpty() && s.hasCue("MULTILATERAL", Math.max(0, t.start() - MULTILATERAL_REACH),
                Math.min(s.text().length(), t.end() + MULTILATERAL_REACH))) {
            return null; // "the outreach session of the G7 Summit hosted by Japan": no session of two countries
        }
        VisitDraft d = new VisitDraft();
        d.type = VisitType.CONFERENCE;
        d.status = status(s, t);
        d.countries.addAll(countries);
        String location = locationCountry(s, ctx, List.of());
        d.locationCountry = location;
        d.city = location == null ? null : city(s, location);
        if (location != null && countries.contains(location)) {
            d.host = location;
            if (countries.size() == 2) {
                for (String c : countries) {
                    if (!c.equals(location)) {
                        d.guest = c;
                    }
                }
            }
        }
        DateMention date = nearestDate(s, t, prevEnd, nextStart);
        if (date != null) {
            datedBy(d, date, ctx);
        } else if (ctx.lastTrip != null && datesHeldEncounter(ctx.lastTrip, d)
                && countries.contains(ctx.lastTrip.foreignCountry())) {
            d.start = ctx.lastTrip.start.monthOnly();
            d.end = d.start;
        }
        for (PersonMention p : s.persons()) {
            // Those the document names without a country are of the foreign side it is about.
            String country = p.country() != null ? p.country() : ctx.dominantForeign;
            if (country != null && countries.contains(country)) {
                d.addParticipant(withCountry(p, country), roleOf(d, country));
            }
        }
        d.confidence = 0.7;
        d.sources.add(sources.of(s, t));
        return d;
    }

    // ---------------------------------------------------------------- shared helpers

    private static void datedBy(VisitDraft d, DateMention date, DocumentContext ctx) {
        d.start = withTripYear(date.from(), ctx);
        d.end = withTripYear(date.to(), ctx);
        d.dateFromText = true;
    }

    /**
     * A day without a year in the months of the trip the text is about, which gives its year ("từ ngày 9 đến
     * 11/3/2025" then "Chiều 10/3, ..."), is of that year; a trip recalled from years before gives none.
     */
    private static PartialDate withTripYear(PartialDate date, DocumentContext ctx) {
        VisitDraft trip = ctx.lastPresentTrip;
        if (date.year() != null || date.month() == null || trip == null || trip.start.year() == null
                || trip.start.month() == null) {
            return date;
        }
        int first = trip.start.month();
        int last = trip.end.month() != null && trip.start.year().equals(trip.end.year()) ? trip.end.month() : first;
        return date.month() >= first && date.month() <= last ? date.withYear(trip.start.year()) : date;
    }

    /** A trip still to come dates only the encounters still to come; one held happened in a trip of its own. */
    private static boolean datesHeldEncounter(VisitDraft trip, VisitDraft encounter) {
        return trip.status != VisitStatus.PLANNED || encounter.status == VisitStatus.PLANNED;
    }

    /** The persons at the head of {@code persons} that the sentence joins as one list ("A, B và C"). */
    private static List<PersonMention> joinedList(SentenceFacts s, List<PersonMention> persons) {
        List<PersonMention> out = new ArrayList<>();
        for (PersonMention p : persons) {
            if (!out.isEmpty() && !LIST_SEPARATORS.contains(
                    withoutTitlesAndCountries(s, out.get(out.size() - 1).end(), p.start()))) {
                break;
            }
            out.add(p);
        }
        return out;
    }

    /** The first participant of the trip from that country, or null. */
    private static PersonMention firstOf(VisitDraft trip, String country) {
        for (VisitDraft.ParticipantSlot slot : trip.participants.values()) {
            if (country.equals(slot.person().country())) {
                return slot.person();
            }
        }
        return null;
    }

    /**
     * Whether the subject right before the trigger is a title with no name ("the Prime Minister met ...", "the Vice
     * Minister was received by ...") that the traveller holds.
     */
    private static boolean titleAloneNames(SentenceFacts s, Trigger t, PersonMention traveller) {
        for (TitleMention title : s.titles()) {
            if (title.end() > t.start() || t.start() - title.end() > TITLE_SUBJECT_GAP) {
                continue;
            }
            boolean named = s.persons().stream().anyMatch(p -> p.start() <= title.start() && title.end() <= p.end()
                    || p.start() >= title.end() && p.end() <= t.start());
            if (!named && traveller.titles().stream().anyMatch(own -> own.equals(title.title())
                    || own.startsWith(title.title() + " "))) {
                // "the minister" names the Minister of Foreign Affairs the text is about
                return true;
            }
        }
        return false;
    }

    /**
     * "He then met Prime Minister X", "The same afternoon she was received by X": a pronoun opening the sentence or
     * standing right before the verb group, with no one named before the verb.
     */
    private static boolean pronounSubject(SentenceFacts s, Trigger t) {
        String opening = s.gap(0, t.start());
        String subject = opening;
        String lastWord = subject.substring(subject.lastIndexOf(' ') + 1);
        while (VERB_COMPANIONS.contains(lastWord) && subject.lastIndexOf(' ') > 0) {
            // "The same afternoon she was warmly received by ...": the pronoun right before the verb group
            subject = subject.substring(0, subject.lastIndexOf(' '));
            lastWord = subject.substring(subject.lastIndexOf(' ') + 1);
        }
        boolean pronoun = SUBJECT_PRONOUNS.contains(lastWord)
                || SUBJECT_PRONOUNS.stream().anyMatch(p -> opening.equals(p) || opening.startsWith(p + " "));
        return pronoun && s.persons().stream().noneMatch(p -> p.end() <= t.start());
    }

    /** The trip to Vietnam told last, when {@code person} is its traveller; or null. */
    private static VisitDraft visitorsTrip(DocumentContext ctx, PersonMention person) {
        VisitDraft trip = ctx.lastVisitToVietnam;
        PersonMention traveller = trip == null || person == null ? null : travellerOf(trip);
        return traveller != null && CharFolding.foldString(traveller.name()).equals(CharFolding.foldString(person.name()))
                ? trip : null;
    }

    /** The country the sentence says it happens in: of a place, or a country after "in", "tại" ...; or null. */
    private String namedLocation(SentenceFacts s) {
        PlaceMention place = preferredPlace(s, null);
        if (place != null) {
            return place.countryCode();
        }
        for (CountryMention c : s.freeCountries()) {
            if (introduced(s, c.start())) {
                return c.code();
            }
        }
        return null;
    }

    private static PersonMention travellerOf(VisitDraft trip) {
        for (VisitDraft.ParticipantSlot slot : trip.participants.values()) {
            if (slot.role() == ParticipantRole.GUEST) {
                return slot.person();
            }
        }
        return null;
    }

    /** A counterpart starts close after its trigger, or after "with"/"với" within a longer phrase. */
    private static boolean nearEnough(SentenceFacts s, int from, int to) {
        String gap = withoutTitlesAndCountries(s, from, to);
        if (gap.length() <= COUNTERPART_GAP) {
            return true;
        }
        // "received, this Tuesday, in Maputo, the Vice-President ...": asides set off by commas, then the person
        String asides = gap.endsWith(", the") ? gap.substring(0, gap.length() - 4) : gap;
        return gap.length() <= 2 * COUNTERPART_GAP && (gap.endsWith(" with") || gap.endsWith(" với")
                || gap.endsWith(" with the") || gap.endsWith(" with his") || gap.endsWith(" with her"))
                || asides.length() <= 3 * COUNTERPART_GAP && asides.endsWith(",") && !asides.contains(";");
    }

    /**
     * The words between two offsets with titles, country names and parentheses taken out: in "met with the
     * Chairman of the Communist Party of Vietnam's Commission, Le Hoai Trung" only "with the" separates them.
     */
    static String withoutTitlesAndCountries(SentenceFacts s, int from, int to) {
        if (from >= to) {
            return "";
        }
        char[] chars = s.text().lower().substring(from, to).toCharArray();
        for (io.diplomaticvisits.extract.mention.TitleMention t : s.titles()) {
            blank(chars, from, t.start(), t.end());
        }
        for (CountryMention c : s.countries()) {
            blank(chars, from, c.start(), c.end());
        }
        int depth = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '(') {
                depth++;
            }
            if (depth > 0) {
                chars[i] = ' ';
            }
            if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return SpaceRuns.squeeze(new String(chars)).strip();
    }

    private static String withoutCounterpartWords(String gap) {
        StringBuilder out = new StringBuilder();
        for (String word : gap.split(" ")) {
            if (!COUNTERPART_WORDS.contains(word)) {
                out.append(out.length() == 0 ? "" : " ").append(word);
            }
        }
        return out.toString();
    }

    private static void blank(char[] chars, int offset, int start, int end) {
        for (int i = Math.max(start, offset); i < Math.min(end, offset + chars.length); i++) {
            chars[i - offset] = ' ';
        }
    }

    /**
     * A counterpart named only by office and country ("Hội đàm ... với Tổng thống Mozambique"): a foreign
     * country right after a title, close after the trigger.
     */
    private static String titledCountryAfter(SentenceFacts s, Trigger t, int nextStart) {
        for (io.diplomaticvisits.extract.mention.TitleMention title : s.titles()) {
            if (title.start() < t.end() || title.start() >= nextStart || !nearEnough(s, t.end(), title.start())) {
                continue;
            }
            for (CountryMention c : s.countries()) {
                if (!c.code().equals(VIETNAM) && c.start() >= title.end() && s.gap(title.end(), c.start()).length() <= 1) {
                    return c.code();
                }
            }
        }
        return null;
    }

    /** A title in the plural close after the trigger ("tiếp Đại sứ các nước", "received new ambassadors"); or null. */
    private static TitleMention pluralTitleAfter(SentenceFacts s, Trigger t, int nextStart) {
        for (TitleMention title : s.pluralTitles()) {
            if (title.start() >= t.end() && title.start() < nextStart
                    && withoutTitlesAndCountries(s, t.end(), title.start()).length() <= PLURAL_TITLE_REACH) {
                return title;
            }
        }
        return null;
    }

    /** The foreign countries listed one after another from close after {@code from}: "of A, B, C and D". */
    private static List<String> countriesListedAfter(SentenceFacts s, int from, int to) {
        return CountryLists.listed(s, from, to, gap -> gap.length() <= PLURAL_LIST_REACH, LIST_SEPARATORS).stream()
                .map(CountryMention::code).distinct().toList();
    }

    private static ParticipantRole roleOf(VisitDraft d, String country) {
        if (d.host == null && d.guest == null) {
            return ParticipantRole.PARTICIPANT;
        }
        if (country.equals(d.host)) {
            return ParticipantRole.HOST;
        }
        return country.equals(d.guest) ? ParticipantRole.GUEST : ParticipantRole.PARTICIPANT;
    }

    /** Persons named right after "lời mời của" / "at the invitation of". */
    List<PersonMention> inviters(SentenceFacts s) {
        List<PersonMention> out = new ArrayList<>();
        for (Cue cue : s.cues()) {
            if (!cue.kind().equals("INVITER")) {
                continue;
            }
            int cursor = cue.end();
            for (PersonMention p : s.persons()) {
                if (p.start() < cursor) {
                    continue;
                }
                String gap = s.gap(cursor, p.start());
                boolean first = cursor == cue.end();
                // Only "và"/"and" continue the list: a comma ends the invitation clause ("Nhận lời mời của X, Y thăm").
                if (first ? gap.length() <= 30 : INVITER_JOINS.contains(gap)) {
                    out.add(p); // "theo lời mời của Tổng thống Chile X và Tổng thống Peru Y"
                    cursor = p.end();
                } else {
                    break;
                }
            }
        }
        return out;
    }

    /** {@code last} and the persons joined to it before it by "and" or commas: "X and Y" of "X and Y called on Z". */
    private static List<PersonMention> coordinatedUpTo(SentenceFacts s, PersonMention last, int prevEnd) {
        List<PersonMention> out = new ArrayList<>();
        out.add(last);
        PersonMention cursor = last;
        for (int i = s.persons().indexOf(last) - 1; i >= 0; i--) {
            PersonMention p = s.persons().get(i);
            if (p.start() < prevEnd || !LIST_SEPARATORS.contains(withoutTitlesAndCountries(s, p.end(), cursor.start()))) {
                break;
            }
            out.add(0, p);
            cursor = p;
        }
        return out;
    }

    /** The persons listed right before a trigger: "X và Y trước cuộc hội đàm", "X and Y met". */
    private List<PersonMention> listBefore(SentenceFacts s, Trigger t, int prevEnd) {
        List<PersonMention> out = new ArrayList<>();
        int cursor = t.start();
        for (int i = s.persons().size() - 1; i >= 0; i--) {
            PersonMention p = s.persons().get(i);
            if (p.end() > cursor || p.start() < prevEnd) {
                continue;
            }
            String gap = withoutCounterpartWords(withoutTitlesAndCountries(s, p.end(), cursor));
            boolean ok = out.isEmpty() ? gap.length() <= 12 : LIST_SEPARATORS.contains(gap);
            if (!ok) {
                break;
            }
            out.add(0, p);
            cursor = p.start();
        }
        boolean hasVietnamese = out.stream().anyMatch(p -> VIETNAM.equals(p.country()));
        return hasVietnamese && out.size() >= 2 ? out : List.of();
    }

    /**
     * Two persons of known countries, one of them Vietnamese, joined as one subject ("X and Y", "X và Y") before the
     * trigger; or none.
     */
    private static List<PersonMention> pairSubject(SentenceFacts s, Trigger t, int prevEnd) {
        List<PersonMention> persons = s.persons();
        for (int i = 0; i + 1 < persons.size(); i++) {
            PersonMention a = persons.get(i);
            PersonMention b = persons.get(i + 1);
            boolean oneVietnamese = VIETNAM.equals(a.country()) != VIETNAM.equals(b.country());
            if (a.start() < prevEnd || b.end() > t.start() || a.country() == null || b.country() == null
                    || !oneVietnamese) {
                continue;
            }
            if (LIST_SEPARATORS.contains(withoutTitlesAndCountries(s, a.end(), b.start()))) {
                return List.of(a, b);
            }
        }
        return List.of();
    }

    /**
     * The subject of a sentence that opens on an encounter ("Nhớ lại lần gặp X tại ..., Y cho biết",
     * "Recalling his meeting with X in ..., Y said"): the person right after the comma that closes the opening
     * clause, when the clause holds the trigger; or null.
     */
    private static PersonMention subjectAfterOpeningClause(SentenceFacts s, Trigger t) {
        int comma = s.original().indexOf(',', t.end());
        if (comma < 0) {
            return null;
        }
        for (PersonMention p : s.persons()) {
            if (p.start() < comma && p.end() > comma) {
                return null; // the comma is inside a person's titles: not the end of the clause
            }
            if (p.start() > comma) {
                return s.gap(comma + 1, p.start()).isEmpty() ? p : null;
            }
        }
        return null;
    }

    /** "The two leaders held talks", "talks between the two Presidents": the encounter is of both sides. */
    private static boolean bothSidesNamed(SentenceFacts s, Trigger t) {
        if (s.hasCue("BOTH_SIDES", 0, t.start())) {
            return true;
        }
        for (Cue c : s.cues()) {
            if (c.kind().equals("BOTH_SIDES") && c.start() >= t.end() && s.gap(t.end(), c.start()).equals("between")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words between a subject and its verb are an aside set off by commas ("Rubio, on his first visit to
     * Vietnam as America's top diplomat, also met ..."), with at most a short adverb after the closing comma.
     */
    private static boolean asideBetween(SentenceFacts s, int subjectEnd, int verbStart) {
        String gap = s.gap(subjectEnd, verbStart);
        int close = gap.lastIndexOf(',');
        return gap.length() <= 3 * COUNTERPART_GAP && gap.startsWith(",") && close > 0
                && gap.length() - close <= ASIDE_ADVERB && gap.indexOf(';') < 0;
    }

    /** "also met", "also held talks": an encounter told as part of the occasion just told, on its day. */
    private static boolean alsoBefore(SentenceFacts s, Trigger t) {
        return s.text().lower().startsWith(ALSO, Math.max(0, t.start() - ALSO.length()));
    }

    /**
     * A verb joined by "and", "và" or a comma to an earlier encounter of the sentence: the subject of that encounter's
     * verb, or null.
     */
    private static PersonMention sharedSubject(SentenceFacts s, Trigger t) {
        String before = s.text().lower().substring(Math.max(0, t.start() - COORDINATED_VERB_REACH), t.start());
        if (COORDINATED_VERB.stream().noneMatch(before::endsWith)) {
            return null;
        }
        for (Trigger first : s.triggers()) {
            if (first.form() == TriggerForm.ENGAGE && first.end() <= t.start()) {
                return nearestBefore(s, first);
            }
        }
        return null;
    }

    /** "called on President X to lift the tariffs": an appeal to someone, not a call paid on them. */
    private static boolean isAppeal(SentenceFacts s, Trigger t) {
        if (!APPEAL_VERBS.contains(s.text().lower().substring(t.start(), t.end()))) {
            return false;
        }
        for (PersonMention p : s.persons()) {
            if (p.start() >= t.end()) {
                return s.gap(p.end(), Math.min(s.text().length(), p.end() + 5)).startsWith("to ");
            }
        }
        return false;
    }

    private static PersonMention nearestBefore(SentenceFacts s, Trigger t) {
        PersonMention best = null;
        for (PersonMention p : s.persons()) {
            if (p.end() <= t.start()) {
                best = p;
            }
        }
        return best;
    }

    /** Where the sentence's events happen: a named place, a country after "tại"/"in", or the trip of this sentence. */
    private String locationCountry(SentenceFacts s, DocumentContext ctx, List<VisitDraft> tripsHere) {
        String named = namedLocation(s);
        if (named != null) {
            return named;
        }
        if (s.hasCue("ABROAD", 0, s.text().length())) {
            // "(giờ địa phương)": the time is local to a place abroad, the counterpart's country.
            List<String> foreign = foreignCountries(s);
            for (PersonMention p : s.persons()) {
                if (p.country() != null && !p.country().equals(VIETNAM)) {
                    return p.country();
                }
            }
            if (!foreign.isEmpty()) {
                return foreign.get(0);
            }
        }
        if (!tripsHere.isEmpty()) {
            return tripsHere.get(0).host;
        }
        if (ctx.lastTrip != null) {
            return ctx.lastTrip.host;
        }
        return null;
    }

    private String city(SentenceFacts s, String country) {
        PlaceMention place = preferredPlace(s, country);
        return place == null ? null : place.city();
    }

    /** A place opening the sentence before a comma or a bracket: "Hanoi, July 10 (VNA) –", "Hà Nội (TTXVN) -". */
    private static boolean isDateline(SentenceFacts s, PlaceMention p) {
        if (p.start() > 2) {
            return false;
        }
        String after = s.gap(p.end(), Math.min(s.text().length(), p.end() + 2));
        return after.startsWith(",") || after.startsWith("(");
    }

    /**
     * The place of the sentence's event: any place beats a dateline ("Hanoi, July 10 (VNA) -"),
     * and a city beats a landmark ("tại nhà Quốc hội, Thủ đô Canberra" is in Canberra).
     */
    private PlaceMention preferredPlace(SentenceFacts s, String country) {
        PlaceMention best = null;
        int bestScore = -1;
        for (PlaceMention p : s.places()) {
            if (country != null && !country.equals(p.countryCode())) {
                continue;
            }
            boolean city = p.kind() == PlaceKind.CAPITAL || p.kind() == PlaceKind.CITY;
            if (!city && p.kind() != PlaceKind.LANDMARK || insideName(s, p)) {
                continue;
            }
            int score = (isDateline(s, p) ? 0 : 2) + (city ? 1 : 0);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** The country of the first foreign city or landmark the sentence names. */
    private static String foreignPlace(SentenceFacts s) {
        for (PlaceMention p : s.places()) {
            if (p.countryCode() != null && !p.countryCode().equals(VIETNAM) && !insideName(s, p)) {
                return p.countryCode();
            }
        }
        return null;
    }

    /** A city word that is part of a person's name: "Hue" in "Chairman Vuong Dinh Hue". */
    private static boolean insideName(SentenceFacts s, PlaceMention p) {
        for (PersonMention person : s.persons()) {
            if (p.start() >= person.nameStart() && p.end() <= person.nameEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The further years of a trip dated by a list of years ("thăm chính thức vào các năm 2008, 2012 và 2019", "visited
     * in 1998, 2004 and 2015"): each is a trip of its own. Empty when the trip's date is no bare year.
     */
    private static List<PartialDate> listedYears(SentenceFacts s, DateMention date, int nextStart) {
        List<PartialDate> years = new ArrayList<>();
        if (date == null || date.isRange() || date.from().month() != null || date.from().year() == null) {
            return years;
        }
        String text = s.original();
        int cursor = date.end();
        while (true) {
            int digits = cursor;
            while (digits < nextStart && !Character.isDigit(text.charAt(digits))) {
                digits++;
            }
            int end = digits;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (digits >= nextStart || end - digits != 4 || !wordEnd
                    || !LIST_SEPARATORS.contains(s.gap(cursor, digits))) {
                return years;
            }
            int year = Integer.parseInt(text, digits, end, 10);
            if (year < FIRST_LISTED_YEAR || year > LAST_LISTED_YEAR) {
                return years;
            }
            years.add(PartialDate.of(year, null, null));
            cursor = end;
        }
    }

    /** The date nearest a trigger: after it within its clause, else before it, else one opening the sentence. */
    private DateMention nearestDate(SentenceFacts s, Trigger t, int prevEnd, int nextStart) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean someOutsideBrackets = s.dates().stream().anyMatch(d -> !isYearSpan(d) && !inBrackets(s, d.start()));
        for (DateMention d : s.dates()) {
            if (isYearSpan(d) || someOutsideBrackets && inBrackets(s, d.start()) && !bracketsAfterCountry(s, d)) {
                continue; // "Ngày 18-11 (giờ Brazil, sáng 19-11 giờ Việt Nam)": the bracket gives another clock
            }
            if (ofOtherTime(s, d) || inDateline(s, d)) {
                continue;
            }
            int distance;
            if (d.start() >= t.end() && d.start() < nextStart) {
                distance = d.start() - t.end() - personChars(s, t.end(), d.start());
            } else if (d.end() <= t.start() && d.end() >= prevEnd) {
                // A date after the trigger is its own ("hội đàm ... ngày 7/7"); one before may belong to a trip.
                distance = t.start() - d.end() + DATE_WINDOW;
            } else if (d.start() < t.start() && d.end() > t.end() && d.start() >= prevEnd) {
                distance = 0; // "on Wednesday for a state visit lasting until Friday": a range around the trigger
            } else {
                continue;
            }
            if (distance > 2 * DATE_WINDOW) {
                continue;
            }
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        if (best != null && best.from().month() == null && best.start() > t.end()) {
            // "On Tuesday afternoon, X received Y, who came to brief him on exchanges this year": the date that
            // opens the sentence, not a bare year after the verb
            DateMention opening = sentenceInitialDate(s);
            if (opening != null && opening.from().month() != null && opening.end() <= t.start()) {
                best = opening;
            }
        }
        if (best == null) {
            best = sentenceInitialDate(s);
        }
        if (best == null) {
            DateMention only = onlyDate(s);
            best = only != null && !ofOtherTime(s, only) && (only.end() <= t.start() || s.triggers().size() == 1)
                    ? only : null;
        }
        return best == null ? null : withSentenceYear(s, best);
    }

    /** A date told of another happening: "kể từ khi nhậm chức tháng 10/2024", "since he took office in 2022". */
    private static boolean ofOtherTime(SentenceFacts s, DateMention d) {
        return s.hasCue("OTHER_TIME", Math.max(0, d.start() - OTHER_TIME_REACH), d.start());
    }

    /** The date of a dateline, "Hà Nội, 11/3 (TTXVN) -", "Hanoi, March 11 (VNA) –": the day of the report. */
    private static boolean inDateline(SentenceFacts s, DateMention d) {
        return d.start() <= 40 && DATELINE_AGENCY.matcher(s.original()).region(d.end(), s.original().length())
                .lookingAt();
    }

    private DateMention sentenceInitialDate(SentenceFacts s) {
        for (DateMention d : s.dates()) {
            if (d.start() <= 25 && !isYearSpan(d) && !inDateline(s, d)) {
                return withSentenceYear(s, d);
            }
        }
        return null;
    }

    /** How much of {@code [from, to)} names people: a list of counterparts does not push the date away. */
    private static int personChars(SentenceFacts s, int from, int to) {
        int chars = 0;
        for (PersonMention p : s.persons()) {
            if (p.start() >= from && p.end() <= to) {
                chars += p.end() - p.start();
            }
        }
        return chars;
    }

    /** "chuyến thăm Angola (8-10/6)": the date alone in brackets right after a country is of the trip to it. */
    private static boolean bracketsAfterCountry(SentenceFacts s, DateMention d) {
        String text = s.original();
        int open = text.lastIndexOf('(', d.start());
        if (open < 0 || !text.substring(open + 1, d.start()).isBlank()) {
            return false;
        }
        int close = text.indexOf(')', d.end());
        if (close < 0 || !text.substring(d.end(), close).isBlank()) {
            return false;
        }
        return s.countries().stream().anyMatch(c -> c.end() <= open && text.substring(c.end(), open).isBlank());
    }

    private static boolean inBrackets(SentenceFacts s, int at) {
        String before = s.original().substring(0, at);
        return before.lastIndexOf('(') > before.lastIndexOf(')');
    }

    /** The sentence's one date, when it has exactly one: set before the verbs, it dates all the sentence tells. */
    private static DateMention onlyDate(SentenceFacts s) {
        DateMention only = null;
        for (DateMention d : s.dates()) {
            if (isYearSpan(d) || d.from().month() == null) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = d;
        }
        return only;
    }

    private static boolean isYearSpan(DateMention d) {
        return d.from().month() == null && d.isRange();
    }

    /** A date without a year takes the year written elsewhere in the same sentence. */
    private DateMention withSentenceYear(SentenceFacts s, DateMention d) {
        if (d.from().year() != null) {
            return d;
        }
        Integer year = sentenceYear(s).year();
        if (year == null) {
            return d;
        }
        PartialDate to = d.to().year() == null ? d.to().withYear(year) : d.to();
        return new DateMention(d.start(), d.end(), d.from().withYear(year), to);
    }

    /**
     * The year the sentence states: a written year, or the last year of an anniversary span
     * ("kỷ niệm 50 năm ... (1973-2023)"), which is the year the sentence's event takes place.
     */
    private PartialDate sentenceYear(SentenceFacts s) {
        for (DateMention d : s.dates()) {
            if (d.from().year() != null && !isYearSpan(d) && !ofOtherTime(s, d)) {
                return new PartialDate(d.from().year(), null, null);
            }
        }
        String lower = s.text().lower();
        if (lower.contains("kỷ niệm") || lower.contains("kỉ niệm") || lower.contains("anniversary")) {
            for (DateMention d : s.dates()) {
                if (isYearSpan(d) && d.to().year() != null) {
                    return new PartialDate(d.to().year(), null, null);
                }
            }
        }
        return PartialDate.UNKNOWN;
    }

    /** The first foreign country the sentence names, free or in a pair form, or null. */
    private String firstForeign(SentenceFacts s) {
        List<String> foreign = foreignCountries(s);
        return foreign.isEmpty() ? null : foreign.get(0);
    }

    /**
     * A foreign country inside the title of a Vietnamese person of the sentence: the posting of "Đại sứ Việt Nam tại
     * Kenya Đỗ Đức Thành", where the person met is; or null.
     */
    private static String postingOfVietnamese(SentenceFacts s) {
        for (PersonMention p : s.persons()) {
            if (!VIETNAM.equals(p.country())) {
                continue;
            }
            for (CountryMention c : s.countries()) {
                if (!c.code().equals(VIETNAM) && c.start() >= p.start() && c.end() <= p.nameStart()) {
                    return c.code();
                }
            }
        }
        return null;
    }

    private List<String> foreignCountries(SentenceFacts s) {
        java.util.TreeMap<Integer, List<String>> byPosition = new java.util.TreeMap<>();
        for (CountryMention c : s.freeCountries()) {
            byPosition.computeIfAbsent(c.start(), k -> new ArrayList<>()).add(c.code());
        }
        for (CountryGroup g : s.groups()) {
            byPosition.computeIfAbsent(g.start(), k -> new ArrayList<>()).addAll(g.codes());
        }
        Set<String> out = new LinkedHashSet<>();
        for (List<String> codes : byPosition.values()) {
            for (String code : codes) {
                if (!code.equals(VIETNAM)) {
                    out.add(code);
                }
            }
        }
        return new ArrayList<>(out);
    }

    static PersonMention withCountry(PersonMention p, String country) {
        if (country == null || country.equals(p.country())) {
            return p;
        }
        if (p.country() != null) {
            return p;
        }
        return new PersonMention(p.start(), p.end(), p.nameStart(), p.nameEnd(), p.name(), p.aliases(), country,
                p.titles(), p.rank());
    }
}
