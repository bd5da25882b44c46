package io.diplomaticvisits.bench.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic news about Vietnam's diplomacy, in Vietnamese or English, each article with the records the spec says
 * it holds. Article {@code i} of a seed is always the same text, whatever was generated before it.
 */
public final class ArticleGenerator {

    private static final Countries COUNTRIES = new Countries();

    private final long seed;
    private long next;

    public ArticleGenerator(long seed) {
        this.seed = seed;
    }

    public GeneratedArticle next() {
        return article(next++);
    }

    public GeneratedArticle article(long index) {
        Random random = new Random(mixed(seed * 0x9E3779B97F4A7C15L + index));
        Phrases phrases = random.nextBoolean() ? new VietnamesePhrases(random) : new EnglishPhrases(random);
        String name = String.format("gen-%07d-%s.txt", index, phrases.language());
        return new Article(random, phrases).write(name);
    }

    /** Murmur3's finaliser: java.util.Random's first draws from close seeds are close too. */
    private static long mixed(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** The gold file of some articles: {@code { "documents": [ ... ] }}. */
    public static ObjectNode goldFile(Iterable<GeneratedArticle> articles) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode documents = root.putArray("documents");
        articles.forEach(a -> documents.add(a.gold()));
        return root;
    }

    /** One article being written: its paragraphs and, beside them, its gold. */
    private static final class Article {

        private static final Office[] FOREIGN_TRAVELLERS = {Office.PRESIDENT, Office.PRIME_MINISTER,
                Office.LEGISLATURE_HEAD, Office.DEPUTY_PRIME_MINISTER, Office.VICE_PRESIDENT, Office.FOREIGN_MINISTER,
                Office.DEFENCE_MINISTER};
        private static final String[] LEVELS = {"COMPREHENSIVE_STRATEGIC_PARTNERSHIP", "STRATEGIC_PARTNERSHIP",
                "COMPREHENSIVE_PARTNERSHIP"};

        private final Random random;
        private final Phrases phrases;
        private final Gold gold = new Gold();
        private final EventDate published;
        private final boolean header;
        private final boolean datedDateline;
        private final List<String> body = new ArrayList<>();
        private final Set<String> names = new HashSet<>();
        /** One holder per post and country in an article: the Prime Minister of a story is one person. */
        private final Map<String, Person> holders = new HashMap<>();
        private String headline;
        private String mainParagraph;

        Article(Random random, Phrases phrases) {
            this.random = random;
            this.phrases = phrases;
            int headerKind = random.nextInt(10);
            this.header = headerKind < 5;
            this.datedDateline = phrases.language().equals("en") && headerKind >= 5 && headerKind < 7;
            boolean yearFromTop = header || datedDateline;
            int day = 10 + random.nextInt(11);
            this.published = new EventDate(2012 + random.nextInt(14), 1 + random.nextInt(12), day, day, true,
                    yearFromTop);
        }

        GeneratedArticle write(String name) {
            int scenario = random.nextInt(100);
            Country main;
            if (scenario < 22) {
                main = incomingTrip();
            } else if (scenario < 44) {
                main = outgoingTrip();
            } else if (scenario < 54) {
                main = attendance();
            } else if (scenario < 66) {
                main = reception(null);
            } else if (scenario < 78) {
                main = call(null);
            } else if (scenario < 88) {
                main = session();
            } else {
                main = plannedTrip();
            }
            if (random.nextInt(100) < 35) {
                Country other = otherThan(main);
                if (random.nextBoolean()) {
                    reception(other);
                } else {
                    call(other);
                }
            }
            if (mainParagraph != null && random.nextInt(5) == 0) {
                body.add(mainParagraph);
            }
            return new GeneratedArticle(name, phrases.language(), text(main), gold.document(name, phrases.language()));
        }

        private String text(Country main) {
            StringBuilder out = new StringBuilder();
            if (header && !datedDateline) {
                out.append(phrases.header(published)).append('\n');
            }
            if (headline != null) {
                out.append(headline).append('\n');
            }
            for (int i = 0; i < body.size(); i++) {
                if (i == 0) {
                    out.append(phrases.dateline(published, datedDateline));
                }
                out.append(body.get(i)).append('\n');
            }
            if (random.nextBoolean()) {
                Country unrelated = otherThan(main);
                String leader = phrases.language().equals("vi") ? NameMaker.vietnamese(random)
                        : NameMaker.unaccented(NameMaker.vietnamese(random));
                for (String line : phrases.tail(random.nextInt(6), unrelated, leader)) {
                    out.append(line).append('\n');
                }
            }
            return out.toString();
        }

        // --- scenarios: each writes its paragraphs and gold, and returns the foreign country it is about

        private Country incomingTrip() {
            Country x = anyCountry();
            Office office = pick(FOREIGN_TRAVELLERS);
            Person guest = foreign(x, office);
            Person inviter = random.nextInt(10) < 7 ? vietnamese(office.counterpart(true)) : null;
            Events.Trip trip = new Events.Trip(tripType(office), false, guest, Country.VIETNAM, inviter, heldRange());
            String tripSentence = phrases.trip(trip);
            maybeHeadline(trip);
            List<Events.Encounter> engagements = new ArrayList<>();
            Events.Encounter talks = null;
            StringBuilder second = new StringBuilder();
            if (random.nextInt(10) < 8) {
                Person host = vietnamese(office.counterpart(true));
                Place place = random.nextInt(10) < 7 ? pick(Place.IN_VIETNAM) : null;
                talks = new Events.Encounter("TALKS", host, guest, dayOf(trip.date()), place);
                engagements.add(talks);
                second.append(phrases.talks(talks, trip));
            }
            String third = null;
            if (random.nextInt(10) < 4) {
                Office other;
                do {
                    other = pick(new Office[] {Office.PARTY_LEADER, Office.LEGISLATURE_HEAD, Office.PRESIDENT,
                            Office.PRIME_MINISTER});
                } while (other == office.counterpart(true));
                Person host = vietnamese(other);
                Place place = random.nextInt(10) < 6 ? pick(Place.IN_VIETNAM) : null;
                Events.Encounter meeting = new Events.Encounter("MEETING", host, guest, dayOf(trip.date()), place);
                engagements.add(meeting);
                third = phrases.meeting(meeting);
            }
            tripGold(trip, engagements, tripSentence);
            mainParagraph = tripSentence + filler(x, inviter);
            body.add(mainParagraph);
            if (talks != null) {
                encounterGold(talks, "VN", x.code(), second.toString());
                body.add(second + filler(x, talks.host()) + outcomes(x, talks.date()));
                if (random.nextInt(4) == 0) {
                    body.add(phrases.caption(talks.host(), guest));
                }
            }
            if (third != null) {
                encounterGold(engagements.get(engagements.size() - 1), "VN", x.code(), third);
                body.add(third);
            }
            return x;
        }

        private Country outgoingTrip() {
            Country x = random.nextInt(10) < 8 ? pick(COUNTRIES.withCapital()) : anyCountry();
            Office office = pick(Office.TRAVELLERS);
            Person guest = vietnamese(office);
            Person inviter = random.nextInt(10) < 7 ? foreign(x, office.counterpart(false)) : null;
            Events.Trip trip = new Events.Trip(tripType(office), false, guest, x, inviter, heldRange());
            String tripSentence = phrases.trip(trip);
            maybeHeadline(trip);
            List<Events.Encounter> engagements = new ArrayList<>();
            Events.Encounter talks = null;
            String second = null;
            if (random.nextInt(10) < 8) {
                Person host = inviter != null ? inviter : foreign(x, office.counterpart(false));
                Place place = x.capital() != null && random.nextInt(10) < 7 ? x.capital() : null;
                talks = new Events.Encounter("TALKS", host, guest, dayOf(trip.date()), place);
                engagements.add(talks);
                second = phrases.talks(talks, trip);
            }
            String third = null;
            if (random.nextInt(10) < 4) {
                Office other = office.counterpart(false) == Office.PRIME_MINISTER ? Office.LEGISLATURE_HEAD
                        : Office.PRIME_MINISTER;
                Person host = foreign(x, other);
                Place place = x.capital() != null && random.nextInt(10) < 6 ? x.capital() : null;
                Events.Encounter meeting = new Events.Encounter("MEETING", host, guest, dayOf(trip.date()), place);
                engagements.add(meeting);
                third = phrases.meeting(meeting);
            }
            tripGold(trip, engagements, tripSentence);
            mainParagraph = tripSentence + filler(x, guest);
            body.add(mainParagraph);
            if (talks != null) {
                encounterGold(talks, "VN", x.code(), second);
                body.add(second + filler(x, guest) + outcomes(x, talks.date()));
            }
            if (third != null) {
                encounterGold(engagements.get(engagements.size() - 1), "VN", x.code(), third);
                body.add(third);
            }
            return x;
        }

        private Country attendance() {
            Country x = pick(COUNTRIES.withCapital());
            Person guest = vietnamese(pick(new Office[] {Office.PRESIDENT, Office.PRIME_MINISTER,
                    Office.VICE_PRESIDENT, Office.DEPUTY_PRIME_MINISTER}));
            String[] event = event(x);
            Events.Attendance at = new Events.Attendance(guest, x, event[0], event[1], heldRange());
            String sentence = phrases.attendance(at);
            gold.visit("VISIT", false, "VN", x.code(), List.of("VN", x.code()), x.capital().city(), x.code(),
                    Gold.start(at.date()), Gold.end(at.date()), List.of(new Gold.Role(guest, "GUEST")), sentence);
            mainParagraph = sentence + filler(x, guest);
            body.add(mainParagraph);
            if (random.nextBoolean()) {
                Country y = otherThan(x);
                Person other = foreign(y, guest.office().counterpart(false));
                Events.Encounter meeting = new Events.Encounter("MEETING", guest, other, dayOf(at.date()), null);
                String side = phrases.sideline(meeting, at);
                gold.visit("MEETING", false, null, null, List.of("VN", y.code()), x.capital().city(), x.code(),
                        Gold.start(meeting.date()), Gold.end(meeting.date()),
                        List.of(new Gold.Role(guest, "PARTICIPANT"), new Gold.Role(other, "PARTICIPANT")), side);
                body.add(side + filler(y, guest));
            }
            return x;
        }

        private Country reception(Country given) {
            Country x = given != null ? given : anyCountry();
            Person host = vietnamese(pick(new Office[] {Office.PRESIDENT, Office.PRIME_MINISTER, Office.PARTY_LEADER,
                    Office.LEGISLATURE_HEAD, Office.FOREIGN_MINISTER}));
            Person guest = foreign(x, Office.AMBASSADOR);
            Place place = random.nextInt(10) < 6 ? pick(Place.IN_VIETNAM) : null;
            Events.Encounter e = new Events.Encounter("RECEPTION", host, guest, heldDay(), place);
            String sentence = phrases.reception(e);
            encounterGold(e, "VN", x.code(), sentence);
            String paragraph = sentence + filler(x, host);
            if (given == null) {
                mainParagraph = paragraph;
            }
            body.add(paragraph);
            return x;
        }

        private Country call(Country given) {
            Country x = given != null ? given : anyCountry();
            Office office = pick(new Office[] {Office.PRESIDENT, Office.PRIME_MINISTER, Office.FOREIGN_MINISTER,
                    Office.PARTY_LEADER});
            Person vn = vietnamese(office);
            Person other = foreign(x, office.counterpart(false));
            Events.Encounter e = new Events.Encounter("PHONE_CALL", vn, other, heldDay(), null);
            String sentence = phrases.call(e);
            gold.visit("PHONE_CALL", false, null, null, List.of("VN", x.code()), null, null, Gold.start(e.date()),
                    Gold.end(e.date()), List.of(new Gold.Role(vn, "PARTICIPANT"), new Gold.Role(other, "PARTICIPANT")),
                    sentence);
            String paragraph = sentence + filler(x, vn);
            if (given == null) {
                mainParagraph = paragraph;
            }
            body.add(paragraph);
            return x;
        }

        private Country session() {
            boolean inVietnam = random.nextBoolean();
            Country x = inVietnam ? anyCountry() : pick(COUNTRIES.withCapital());
            Office office = random.nextBoolean() ? Office.DEPUTY_PRIME_MINISTER : Office.FOREIGN_MINISTER;
            Person vn = vietnamese(office);
            Person other = foreign(x, office);
            Place place = inVietnam ? pick(Place.IN_VIETNAM) : x.capital();
            Person hostChair = inVietnam ? vn : other;
            Person guestChair = inVietnam ? other : vn;
            Events.Session s = new Events.Session(2 + random.nextInt(40), hostChair, guestChair, x, heldDay(), place);
            String sentence = phrases.session(s);
            String hostCode = inVietnam ? "VN" : x.code();
            String guestCode = inVietnam ? x.code() : "VN";
            gold.visit("CONFERENCE", false, guestCode, hostCode, List.of("VN", x.code()), place.city(), hostCode,
                    Gold.start(s.date()), Gold.end(s.date()),
                    List.of(new Gold.Role(hostChair, "HOST"), new Gold.Role(guestChair, "GUEST")), sentence);
            mainParagraph = sentence + filler(x, vn) + outcomes(x, s.date());
            body.add(mainParagraph);
            return x;
        }

        private Country plannedTrip() {
            boolean incoming = random.nextBoolean();
            Country x = anyCountry();
            Office office = incoming ? pick(FOREIGN_TRAVELLERS) : pick(Office.TRAVELLERS);
            Person guest = incoming ? foreign(x, office) : vietnamese(office);
            Person inviter = incoming ? vietnamese(office.counterpart(true)) : foreign(x, office.counterpart(false));
            Events.Trip trip = new Events.Trip(tripType(office), true, guest, incoming ? Country.VIETNAM : x, inviter,
                    comingRange());
            String sentence = phrases.trip(trip);
            maybeHeadline(trip);
            tripGold(trip, List.of(), sentence);
            mainParagraph = sentence + filler(x, incoming ? inviter : guest);
            body.add(mainParagraph);
            if (random.nextBoolean()) {
                partnership(x, null, true);
            }
            return x;
        }

        // --- outcomes of talks: documents, money, partnership

        private String outcomes(Country x, EventDate day) {
            StringBuilder out = new StringBuilder();
            if (random.nextInt(10) < 5) {
                String type = random.nextBoolean() ? "MOU" : "AGREEMENT";
                String title = phrases.title(type, random.nextInt(100));
                String sentence = phrases.signedAfterTalks(title);
                gold.agreement(type, title, x.code(), Gold.monthOf(day), null, sentence);
                out.append(' ').append(sentence);
            }
            if (random.nextInt(10) < 2) {
                String title = phrases.title("JOINT_STATEMENT", 0);
                String sentence = phrases.signedAfterTalks(title);
                gold.agreement("JOINT_STATEMENT", title, x.code(), Gold.monthOf(day), null, sentence);
                out.append(' ').append(sentence);
            }
            if (random.nextInt(10) < 2) {
                Money money = Money.random(random);
                String sentence = phrases.aid(x, money);
                gold.agreement("AID", sentence, x.code(), Gold.monthOf(day), money, sentence);
                out.append(' ').append(sentence);
            }
            if (random.nextInt(10) < 2) {
                Money money = Money.random(random);
                String sentence = phrases.deals(2 + random.nextInt(30), money);
                gold.agreement("DEALS", sentence, x.code(), Gold.monthOf(day), money, sentence);
                out.append(' ').append(sentence);
            }
            if (random.nextInt(10) < 3) {
                out.append(' ').append(phrases.trade(x, Money.random(random)));
            }
            if (random.nextInt(10) < 4) {
                out.append(' ').append(partnership(x, day, false));
            }
            return out.toString();
        }

        /** A partnership sentence: an upgrade at these talks, one set up in a past year, or one just named. */
        private String partnership(Country x, EventDate day, boolean ownParagraph) {
            String level = pick(LEVELS);
            String label = phrases.levelLabel(level);
            int kind = random.nextInt(3);
            String sentence;
            if (kind == 0 && day != null) {
                sentence = phrases.upgrade(x, label);
                gold.partnership(x.code(), level, label, Gold.monthOf(day));
            } else if (kind == 1) {
                int year = 1995 + random.nextInt(17);
                sentence = phrases.established(x, label, year);
                gold.partnership(x.code(), level, label, Gold.date(year, null, null));
            } else {
                sentence = phrases.existing(x, label);
                gold.partnership(x.code(), level, label, null);
            }
            if (ownParagraph) {
                body.add(sentence);
            }
            return sentence;
        }

        // --- gold of trips and engagements

        /** The trip's city is its engagements' city when they all name places in one city (EXTRACTION.md). */
        private void tripGold(Events.Trip t, List<Events.Encounter> engagements, String evidence) {
            String city = null;
            boolean allPlaced = !engagements.isEmpty();
            for (Events.Encounter e : engagements) {
                if (e.place() == null || city != null && !city.equals(e.place().city())) {
                    allPlaced = false;
                    break;
                }
                city = e.place().city();
            }
            String guest = t.guest().country().code();
            List<Gold.Role> roles = new ArrayList<>();
            roles.add(new Gold.Role(t.guest(), "GUEST"));
            if (t.inviter() != null) {
                roles.add(new Gold.Role(t.inviter(), "HOST"));
            }
            gold.visit(t.type(), t.planned(), guest, t.host().code(), List.of(guest, t.host().code()),
                    allPlaced ? city : null, t.host().code(), Gold.start(t.date()), Gold.end(t.date()), roles,
                    evidence);
        }

        private void encounterGold(Events.Encounter e, String hostCode, String other, String evidence) {
            String guestCode = e.guest().country().code();
            String host = e.type().equals("RECEPTION") ? hostCode : e.host().country().code();
            gold.visit(e.type(), false, guestCode, host, List.of(hostCode, other),
                    e.place() == null ? null : e.place().city(), host, Gold.start(e.date()), Gold.end(e.date()),
                    List.of(new Gold.Role(e.host(), "HOST"), new Gold.Role(e.guest(), "GUEST")), evidence);
        }

        // --- helpers

        private void maybeHeadline(Events.Trip trip) {
            if (random.nextBoolean()) {
                headline = phrases.headline(trip);
            }
        }

        /** Zero to two sentences that hold no event; {@code vietnamese} (may be null) is a named official to quote. */
        private String filler(Country x, Person vietnamese) {
            StringBuilder out = new StringBuilder();
            int n = random.nextInt(3);
            int first = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                int variant = (first + i) % 5;
                if (vietnamese == null && (variant == 1 || variant == 4)) {
                    variant = 2 * i;
                }
                out.append(' ').append(phrases.filler(x, vietnamese, variant));
            }
            return out.toString();
        }

        private String[] event(Country x) {
            String en = EnglishPhrases.name(x);
            return switch (random.nextInt(4)) {
                case 0 -> new String[] {"Lễ nhậm chức của Tổng thống " + x.vi(),
                        "the inauguration ceremony of the President of " + en};
                case 1 -> new String[] {"Lễ Quốc tang nguyên Tổng thống " + x.vi(),
                        "the state funeral of the former President of " + en};
                case 2 -> new String[] {"Diễn đàn Hợp tác Kinh tế Khu vực lần thứ " + (2 + random.nextInt(20)),
                        "the Regional Economic Cooperation Forum"};
                default -> new String[] {"Hội nghị Thượng đỉnh về Biến đổi khí hậu",
                        "the Climate Change Summit"};
            };
        }

        private String tripType(Office office) {
            int k = random.nextInt(10);
            if (k < 3 && (office == Office.PRESIDENT || office == Office.PARTY_LEADER)) {
                return "STATE_VISIT";
            }
            return k < 6 ? "OFFICIAL_VISIT" : k < 8 ? "WORKING_VISIT" : "VISIT";
        }

        /** Days that have already happened when the article is published, within its month. */
        private EventDate heldRange() {
            int start = 1 + random.nextInt(published.startDay() - 4);
            int end = Math.min(published.startDay(), start + random.nextInt(4));
            return dated(start, end);
        }

        private EventDate heldDay() {
            int day = 1 + random.nextInt(published.startDay());
            return dated(day, day);
        }

        /** Days still to come when the article is published, within its month. */
        private EventDate comingRange() {
            int start = published.startDay() + 1 + random.nextInt(28 - published.startDay() - 3);
            return dated(start, start + random.nextInt(4));
        }

        private EventDate dated(int start, int end) {
            boolean written = random.nextInt(10) < 3;
            return new EventDate(published.year(), published.month(), start, end, written,
                    written || published.yearKnown());
        }

        /** A day inside a trip; its year is known only from the top of the article (EXTRACTION.md: never guess). */
        private EventDate dayOf(EventDate trip) {
            int day = trip.startDay() + random.nextInt(trip.endDay() - trip.startDay() + 1);
            boolean written = random.nextInt(10) < 2;
            return new EventDate(trip.year(), trip.month(), day, day, written, written || published.yearKnown());
        }

        private Person vietnamese(Office office) {
            return holders.computeIfAbsent("VN " + office, k -> {
                String name;
                do {
                    name = NameMaker.vietnamese(random);
                } while (!names.add(name));
                return new Person(name, NameMaker.unaccented(name), NameMaker.shortName(name), Country.VIETNAM,
                        office);
            });
        }

        private Person foreign(Country country, Office office) {
            return holders.computeIfAbsent(country.code() + " " + office, k -> {
                String name;
                do {
                    name = NameMaker.foreign(random);
                } while (!names.add(name));
                return new Person(name, name, NameMaker.shortName(name), country, office);
            });
        }

        private Country anyCountry() {
            return random.nextInt(10) < 6 ? pick(COUNTRIES.withCapital()) : pick(COUNTRIES.all());
        }

        private Country otherThan(Country x) {
            Country y;
            do {
                y = anyCountry();
            } while (y.code().equals(x.code()));
            return y;
        }

        private <T> T pick(T[] xs) {
            return xs[random.nextInt(xs.length)];
        }

        private <T> T pick(List<T> xs) {
            return xs.get(random.nextInt(xs.size()));
        }
    }
}
