package io.diplomaticvisits.ingest;

import io.diplomaticvisits.domain.Agreement;
import io.diplomaticvisits.domain.AgreementRepository;
import io.diplomaticvisits.domain.ContentId;
import io.diplomaticvisits.domain.Participant;
import io.diplomaticvisits.domain.ParticipantRepository;
import io.diplomaticvisits.domain.Partnership;
import io.diplomaticvisits.domain.PartnershipRepository;
import io.diplomaticvisits.domain.RecordSource;
import io.diplomaticvisits.domain.SearchText;
import io.diplomaticvisits.domain.Visit;
import io.diplomaticvisits.domain.VisitAttendance;
import io.diplomaticvisits.domain.VisitRepository;
import io.diplomaticvisits.extract.lexicon.CountryLexicon;
import io.diplomaticvisits.extract.model.AgreementRecord;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.MoneyAmount;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.ParticipantRecord;
import io.diplomaticvisits.extract.model.ParticipantRole;
import io.diplomaticvisits.extract.model.PartnershipRecord;
import io.diplomaticvisits.extract.model.SourceRef;
import io.diplomaticvisits.extract.model.VisitCategory;
import io.diplomaticvisits.extract.model.VisitParticipant;
import io.diplomaticvisits.extract.model.VisitRecord;
import io.diplomaticvisits.extract.model.VisitStatus;
import io.diplomaticvisits.extract.model.VisitType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Merges the records of one document into the store: a record that tells an event, person, partnership level or
 * agreement already stored adds its sources to it (and fills what it lacked); any other record is stored under an
 * id derived from its content. Merging the same document twice changes nothing.
 */
@ApplicationScoped
public class RecordMerger {

    static final String VIETNAM = "VN";
    /** Bound parameters stay far below PostgreSQL's limit of 32,767 per statement. */
    static final int KEYS_PER_QUERY = 500;

    @Inject
    VisitRepository visits;

    @Inject
    ParticipantRepository participants;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    AgreementRepository agreements;

    /** What one merge did: how many records it created and how many stored ones it extended. */
    public record Outcome(int created, int merged) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome merge(String documentId, ExtractionResult result) {
        Run run = new Run(documentId, storedPeopleByKey(personKeysOf(result)));
        result.participants().forEach(run::participant);
        result.visits().forEach(run::visit);
        result.partnerships().forEach(run::partnership);
        result.agreements().forEach(run::agreement);
        return new Outcome(run.created, run.merged);
    }

    /** Every folded name the document's people may be stored under: its participants' and its visits' attendees'. */
    private static Set<String> personKeysOf(ExtractionResult result) {
        Set<String> keys = new TreeSet<>();
        result.participants().forEach(p -> keys.addAll(keysOf(p.name(), p.aliases())));
        result.visits().forEach(v -> v.participants().forEach(named -> keys.add(SearchText.fold(named.name()))));
        keys.remove("");
        return keys;
    }

    /**
     * The stored people under each of these keys, in id order, read before the merge changes anything: a few
     * queries for the document instead of one for each name in it.
     */
    private Map<String, List<Participant>> storedPeopleByKey(Set<String> keys) {
        Map<String, List<Participant>> byKey = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            for (Participant person : participants.findByAnyKey(chunk)) {
                for (String key : person.getKeys()) {
                    if (keys.contains(key)) {
                        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(person);
                    }
                }
            }
        }
        return byKey;
    }

    /**
     * One document's merge. A stored record takes at most one record of the document: the extractor already
     * merged what it found twice in one text, so two of its records are two events. What the merge has created or
     * changed is found again through its own maps and claimed sets, never by a query, so the merge is correct
     * whether or not its changes have been flushed to the database yet. A new record is persisted once it is
     * complete: Hibernate inserts the state an entity had when it was persisted, and every change after that became an
     * UPDATE of the row just inserted (128 of them for the five seeds).
     */
    private final class Run {

        private final String documentId;
        private final Map<String, Participant> peopleByKey = new HashMap<>();
        /** The people stored before this merge under each key of the document's names. */
        private final Map<String, List<Participant>> storedPeopleByKey;
        private final Set<String> claimedVisits = new HashSet<>();
        private final Set<String> claimedAgreements = new HashSet<>();
        private final Map<String, Partnership> partnershipsByKey = new HashMap<>();
        private int created;
        private int merged;

        Run(String documentId, Map<String, List<Participant>> storedPeopleByKey) {
            this.documentId = documentId;
            this.storedPeopleByKey = storedPeopleByKey;
        }

        // --- participants: the same person by folded name or alias

        void participant(ParticipantRecord record) {
            Set<String> keys = keysOf(record.name(), record.aliases());
            Participant person = known(keys, SearchText.fold(record.name())).orElse(null);
            boolean isNew = person == null;
            if (isNew) {
                String id = ContentId.unused("participant|" + SearchText.fold(record.name()),
                        taken -> participants.findById(taken).isPresent());
                person = new Participant(id, record.name(), record.country());
                created++;
            } else {
                merged++;
            }
            person.addAlias(record.name());
            record.aliases().forEach(person::addAlias);
            record.titles().forEach(person::addTitle);
            if (person.getCountry() == null) {
                person.setCountry(record.country());
            }
            person.addSources(sources(record.sources()));
            person.raiseConfidence(record.confidence());
            refresh(person);
            if (isNew) {
                participants.persist(person);
            }
        }

        private Optional<Participant> known(Set<String> keys, String foldedName) {
            for (String key : keys) {
                Participant local = peopleByKey.get(key);
                if (local != null) {
                    return Optional.of(local);
                }
            }
            List<Participant> stored = storedUnder(keys);
            return stored.stream().filter(p -> p.getKeys().contains(foldedName)).findFirst()
                    .or(() -> stored.stream().findFirst());
        }

        /** The people stored under any of the keys, in id order, as a query of the store before the merge finds them. */
        private List<Participant> storedUnder(Set<String> keys) {
            Map<String, Participant> byId = new TreeMap<>();
            for (String key : keys) {
                for (Participant person : storedPeopleByKey.getOrDefault(key, List.of())) {
                    byId.put(person.getId(), person);
                }
            }
            return List.copyOf(byId.values());
        }

        private void refresh(Participant person) {
            Set<String> keys = keysOf(person.getName(), person.getAliases());
            person.getKeys().addAll(keys);
            keys.forEach(key -> peopleByKey.put(key, person));
            person.setBestRank(TitleRanks.standard().best(person.getTitles()));
            List<String> names = new ArrayList<>(List.of(person.getName()));
            names.addAll(person.getAliases());
            String before = person.getSearchText();
            person.setSearchText(SearchText.of(names));
            if (!before.isEmpty() && !before.equals(person.getSearchText())) {
                // A visit is searched by its people's names too: the stored visits of this person learn the new one.
                visits.findByParticipant(person.getId()).forEach(v -> v.setSearchText(visitSearchText(v)));
            }
        }

        /** The person a visit names: one of this document's participants, a stored one, or a new one. */
        private Participant attendee(VisitParticipant named, VisitRecord visit) {
            String folded = SearchText.fold(named.name());
            Optional<Participant> person = known(Set.of(folded), folded);
            if (person.isPresent()) {
                return person.get();
            }
            participant(new ParticipantRecord(named.name(), List.of(), named.country(), List.of(), visit.sources(),
                    visit.confidence()));
            return peopleByKey.get(folded);
        }

        // --- visits: same countries and category, agreeing dates, then direction and people

        void visit(VisitRecord record) {
            List<VisitAttendance> attendances = new ArrayList<>();
            for (VisitParticipant named : record.participants()) {
                Participant person = attendee(named, record);
                attendances.add(new VisitAttendance(person.getId(), named.name(), named.country(), named.role()));
            }
            List<RecordSource> sources = sources(record.sources());
            String countrySet = Visit.countrySetOf(record.countries());
            List<Visit> candidates = visits.findMergeCandidates(record.category(), countrySet,
                            orUnknown(record.start()), orUnknown(record.end())).stream()
                    .filter(v -> !claimedVisits.contains(v.getId()))
                    .filter(v -> sameEvent(v, record, attendances))
                    .toList();
            Visit visit = candidates.stream().filter(v -> v.hasAnySource(sources)).findFirst()
                    .or(() -> candidates.stream().findFirst())
                    .orElse(null);
            boolean isNew = visit == null;
            if (isNew) {
                String id = ContentId.unused(visitKey(record, countrySet, attendances),
                        taken -> visits.findById(taken).isPresent());
                visit = new Visit(id, record.type(), record.status(), record.guestCountry(), record.hostCountry(),
                        record.countries());
                visit.setDates(record.start(), record.end());
                if (record.location() != null) {
                    visit.setLocation(record.location().city(), record.location().countryCode());
                }
                created++;
            } else {
                extend(visit, record);
                merged++;
            }
            attendances.forEach(visit::addParticipant);
            visit.addSources(sources);
            visit.raiseConfidence(record.confidence());
            visit.setSearchText(visitSearchText(visit));
            if (isNew) {
                visits.persist(visit);
            }
            claimedVisits.add(visit.getId());
        }

        private boolean sameEvent(Visit stored, VisitRecord record, List<VisitAttendance> attendances) {
            if (!stored.getStart().agreesWith(orUnknown(record.start()))
                    || !stored.getEnd().agreesWith(orUnknown(record.end()))) {
                return false;
            }
            if (record.category() == VisitCategory.TRIP) {
                return Objects.equals(stored.getGuestCountry(), record.guestCountry())
                        && Objects.equals(stored.getHostCountry(), record.hostCountry())
                        && compatibleTrips(stored.getType(), record.type())
                        && shareOrSilent(travellers(stored.getParticipants()), travellers(attendances));
            }
            return shareOrSilent(counterparts(stored.getParticipants()), counterparts(attendances));
        }

        private void extend(Visit visit, VisitRecord record) {
            if (visit.getType() == VisitType.VISIT && record.category() == VisitCategory.TRIP) {
                visit.setType(record.type());
            }
            if (record.status() == VisitStatus.HELD) {
                visit.setStatus(VisitStatus.HELD);
            }
            if (visit.getGuestCountry() == null && visit.getHostCountry() == null) {
                visit.setDirection(record.guestCountry(), record.hostCountry());
            }
            if (record.location() != null) {
                String city = visit.getLocationCity() != null ? visit.getLocationCity() : record.location().city();
                String country = visit.getLocationCountry() != null ? visit.getLocationCountry()
                        : record.location().countryCode();
                visit.setLocation(city, country);
            }
            visit.setDates(filled(visit.getStart(), record.start()), filled(visit.getEnd(), record.end()));
        }

        private String visitSearchText(Visit visit) {
            List<String> parts = new ArrayList<>();
            for (VisitAttendance attendance : visit.getParticipants()) {
                parts.add(attendance.getName());
                participants.findById(attendance.getParticipantId()).ifPresent(p -> parts.addAll(p.getAliases()));
            }
            parts.add(visit.getLocationCity());
            CountryLexicon countries = CountryLexicon.load();
            for (String code : visit.getCountries()) {
                parts.add(countries.englishName(code));
                parts.add(countries.vietnameseName(code));
            }
            parts.removeIf(Objects::isNull);
            return SearchText.of(parts);
        }

        // --- partnerships: one record per country and level

        void partnership(PartnershipRecord record) {
            String country = record.countries().stream().filter(c -> !VIETNAM.equals(c)).findFirst().orElse(null);
            if (country == null) {
                return;
            }
            String key = country + "|" + record.level();
            Partnership partnership = partnershipsByKey.get(key);
            if (partnership == null) {
                partnership = partnerships.find(country, record.level()).orElse(null);
            }
            boolean isNew = partnership == null;
            if (isNew) {
                partnership = new Partnership(ContentId.of("partnership|" + key), country, record.level(),
                        record.label());
                partnership.setSince(record.since());
                created++;
            } else {
                if (partnership.getLabel() == null) {
                    partnership.setLabel(record.label());
                }
                if (partnership.getSince().agreesWith(orUnknown(record.since()))) {
                    partnership.setSince(filled(partnership.getSince(), record.since()));
                }
                merged++;
            }
            partnership.addSources(sources(record.sources()));
            partnership.raiseConfidence(record.confidence());
            if (isNew) {
                partnerships.persist(partnership);
            }
            partnershipsByKey.put(key, partnership);
        }

        // --- agreements: same type, parties, agreeing date and folded title

        void agreement(AgreementRecord record) {
            String partySet = Visit.countrySetOf(record.parties());
            String title = SearchText.fold(record.title());
            List<RecordSource> sources = sources(record.sources());
            List<Agreement> candidates = agreements.findMergeCandidates(record.type(), partySet, title,
                            orUnknown(record.date())).stream()
                    .filter(a -> !claimedAgreements.contains(a.getId()))
                    .toList();
            Agreement agreement = candidates.stream().filter(a -> a.hasAnySource(sources)).findFirst()
                    .or(() -> candidates.stream().findFirst())
                    .orElse(null);
            boolean isNew = agreement == null;
            if (isNew) {
                String key = "agreement|" + record.type() + "|" + partySet + "|" + orUnknown(record.date()).toKey()
                        + "|" + title;
                agreement = new Agreement(ContentId.unused(key, taken -> agreements.findById(taken).isPresent()),
                        record.type(), record.title(), title, record.parties());
                agreement.setDate(record.date());
                agreement.setValue(record.value());
                created++;
            } else {
                agreement.setDate(filled(agreement.getDate(), record.date()));
                MoneyAmount stored = agreement.getValue();
                MoneyAmount told = record.value();
                boolean moreExact = told != null && told.amount() != null && (stored == null || stored.amount() == null);
                if (stored == null || moreExact) {
                    agreement.setValue(told);
                }
                merged++;
            }
            agreement.addSources(sources);
            agreement.raiseConfidence(record.confidence());
            if (isNew) {
                agreements.persist(agreement);
            }
            claimedAgreements.add(agreement.getId());
        }

        private List<RecordSource> sources(List<SourceRef> refs) {
            return refs.stream().map(r -> new RecordSource(documentId, r.sentence(), r.start(), r.end())).toList();
        }
    }

    static Set<String> keysOf(String name, List<String> aliases) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SearchText.fold(name));
        aliases.stream().map(SearchText::fold).forEach(keys::add);
        keys.remove("");
        return keys;
    }

    /** Equal trip types, or one of them the plain VISIT that a more precise report refines. */
    static boolean compatibleTrips(VisitType a, VisitType b) {
        return a == b || a == VisitType.VISIT || b == VisitType.VISIT;
    }

    /** True when either side names nobody, or both name someone in common. */
    static boolean shareOrSilent(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    private static Set<String> travellers(List<VisitAttendance> attendances) {
        return attendances.stream()
                .filter(a -> a.getRole() == ParticipantRole.GUEST)
                .map(VisitAttendance::getParticipantId)
                .collect(Collectors.toSet());
    }

    private static Set<String> counterparts(List<VisitAttendance> attendances) {
        return attendances.stream()
                .filter(a -> a.getCountry() != null && !VIETNAM.equals(a.getCountry()))
                .map(VisitAttendance::getParticipantId)
                .collect(Collectors.toSet());
    }

    /** The canonical identity of a visit as first stored. */
    private static String visitKey(VisitRecord record, String countrySet, List<VisitAttendance> attendances) {
        String people = attendances.stream().map(VisitAttendance::getName).map(SearchText::fold)
                .collect(Collectors.toCollection(TreeSet::new)).toString();
        return "visit|" + record.type() + "|" + countrySet + "|" + record.guestCountry() + "|" + record.hostCountry()
                + "|" + orUnknown(record.start()).toKey() + "|" + orUnknown(record.end()).toKey() + "|" + people;
    }

    static PartialDate orUnknown(PartialDate date) {
        return date == null ? PartialDate.UNKNOWN : date;
    }

    /** The stored date with the parts it lacked taken from an agreeing date. */
    static PartialDate filled(PartialDate stored, PartialDate other) {
        PartialDate o = orUnknown(other);
        return PartialDate.of(stored.year() != null ? stored.year() : o.year(),
                stored.month() != null ? stored.month() : o.month(),
                stored.day() != null ? stored.day() : o.day());
    }
}
