package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.ParticipantRole;
import io.diplomaticvisits.extract.model.SourceRef;
import io.diplomaticvisits.extract.model.VisitStatus;
import io.diplomaticvisits.extract.model.VisitType;
import io.diplomaticvisits.extract.mention.PersonMention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A visit being assembled from one or more sentences of a document; mutable, confined to one extraction. */
final class VisitDraft {

    VisitType type;
    VisitStatus status;
    String guest;
    String host;
    final TreeSet<String> countries = new TreeSet<>();
    String city;
    String locationCountry;
    PartialDate start = PartialDate.UNKNOWN;
    PartialDate end = PartialDate.UNKNOWN;
    boolean dateFromText;
    /** The trip's date is one day read from its sentence, which may be the day of an encounter instead. */
    boolean singleDayFromText;
    /** The date was stated once for a tour of several countries, so it spans this trip and the others. */
    boolean tourDates;
    final Map<String, ParticipantSlot> participants = new LinkedHashMap<>();
    final List<SourceRef> sources = new ArrayList<>();
    double confidence;
    /** The foreign counterpart of an engagement, by folded name; null for a trip or a group event. */
    String counterpartKey;

    boolean isTrip() {
        return type.category() == io.diplomaticvisits.extract.model.VisitCategory.TRIP;
    }

    String foreignCountry() {
        for (String c : countries) {
            if (!c.equals("VN")) {
                return c;
            }
        }
        return null;
    }

    /** The folded name of the first Vietnamese participant, or null. */
    String vietnameseKey() {
        for (var e : participants.entrySet()) {
            if ("VN".equals(e.getValue().person().country())) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The same trip made again in another year, told in the same words ("in 2008, 2012 and 2019"). */
    VisitDraft sameTripIn(PartialDate year) {
        VisitDraft again = new VisitDraft();
        again.type = type;
        again.status = status;
        again.guest = guest;
        again.host = host;
        again.countries.addAll(countries);
        again.city = city;
        again.locationCountry = locationCountry;
        again.start = year;
        again.end = year;
        again.dateFromText = true;
        again.participants.putAll(participants);
        again.sources.addAll(sources);
        again.confidence = confidence;
        return again;
    }

    void addParticipant(PersonMention person, ParticipantRole role) {
        String key = io.diplomaticvisits.extract.text.CharFolding.foldString(person.name());
        participants.putIfAbsent(key, new ParticipantSlot(person, role));
    }

    record ParticipantSlot(PersonMention person, ParticipantRole role) {
    }
}
