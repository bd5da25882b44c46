package io.diplomaticvisits.bench.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static io.diplomaticvisits.bench.generate.NameMaker.capitalised;
import static io.diplomaticvisits.bench.generate.NameMaker.pick;

/** English news templates, in the register of Vietnam's English-language agencies. */
final class EnglishPhrases implements Phrases {

    private static final String[] FIELDS = {"economic", "trade", "investment", "education and training", "health",
            "defence", "security", "agricultural", "energy", "science and technology", "cultural", "tourism",
            "labour", "transport", "digital transformation"};
    private static final String[] TEASERS = {"Gold prices rise sharply", "Hanoi heatwave to last through weekend",
            "Rice exports hit record in first quarter", "Hue culture week opens",
            "National football team wins 2-0", "Petrol prices cut slightly from this afternoon",
            "Heavy rain floods many streets", "Stock market rebounds"};
    private static final Set<String> PLURAL = Set.of("Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives",
            "Comoros", "Seychelles");

    private final Random random;

    EnglishPhrases(Random random) {
        this.random = random;
    }

    @Override
    public String language() {
        return "en";
    }

    @Override
    public String header(EventDate p) {
        return "Posted on: " + EventDate.monthName(p.month()) + " " + p.startDay() + ", " + p.year();
    }

    @Override
    public String dateline(EventDate p, boolean withDate) {
        return withDate
                ? "Hanoi, " + EventDate.monthName(p.month()) + " " + p.startDay() + ", " + p.year() + " (VNA) – "
                : "Hanoi (VNA) – ";
    }

    /** "the United States", "the Philippines", "Chile". */
    static String name(Country c) {
        String n = c.en();
        boolean the = n.startsWith("United ") || n.startsWith("Central ") || n.startsWith("Dominican ")
                || n.startsWith("Czech ") || n.endsWith(" Islands") || PLURAL.contains(n);
        return the ? "the " + n : n;
    }

    @Override
    public String person(Person p) {
        String title = pick(random, p.office().en(p.vietnamese()));
        if (p.vietnamese()) {
            return title + " " + p.enName();
        }
        String country = name(p.country());
        if (p.office() == Office.AMBASSADOR) {
            return random.nextBoolean() ? "Ambassador of " + country + " to Vietnam " + p.name()
                    : (country.startsWith("the ") ? "Ambassador of " + country + " " + p.name()
                    : country + "'s Ambassador to Vietnam " + p.name());
        }
        return switch (random.nextInt(3)) {
            case 0 -> title + " of " + country + " " + p.name();
            case 1 -> title + " " + p.name() + " of " + country;
            default -> country.startsWith("the ") ? title + " of " + country + " " + p.name()
                    : country + "'s " + title + " " + p.name();
        };
    }

    private String tripPhrase(String type) {
        return switch (type) {
            case "STATE_VISIT" -> "a state visit to";
            case "OFFICIAL_VISIT" -> "an official visit to";
            case "WORKING_VISIT" -> random.nextBoolean() ? "a working visit to" : "a working trip to";
            default -> "a visit to";
        };
    }

    @Override
    public String trip(Events.Trip t) {
        boolean spouse = random.nextInt(4) == 0;
        String guest = person(t.guest()) + (spouse ? " and spouse" : "");
        String phrase = tripPhrase(t.type());
        String date = t.date().en(random);
        String host = name(t.host());
        String verb = t.planned() ? "will pay" : spouse || random.nextBoolean() ? "paid" : "is paying";
        if (t.inviter() == null) {
            return capitalised(guest) + " " + verb + " " + phrase + " " + host + " " + date + ".";
        }
        String invitation = "the invitation of " + person(t.inviter());
        return switch (random.nextInt(3)) {
            case 0 -> "At " + invitation + ", " + guest + " " + verb + " " + phrase + " " + host + " " + date + ".";
            case 1 -> capitalised(guest) + " " + verb + " " + phrase + " " + host + " " + date + " at " + invitation
                    + (t.planned() ? ", the Ministry of Foreign Affairs announced." : ".");
            default -> capitalised(guest) + " " + (t.planned() ? "will pay" : "paid") + " " + phrase + " " + host
                    + " " + date + " at " + invitation + ". It is the first such trip by a "
                    + t.guest().office().en(t.guest().vietnamese())[0] + " in five years.";
        };
    }

    @Override
    public String headline(Events.Trip t) {
        String who = t.guest().office().en(t.guest().vietnamese())[0] + " "
                + (t.guest().vietnamese() ? t.guest().enName() : t.guest().name());
        return capitalised(who) + (t.planned() ? " to pay " : " pays ") + tripPhrase(t.type()) + " " + name(t.host());
    }

    private static String in(Place place) {
        return place == null ? "" : (place.en().startsWith("the ") ? " at " : " in ") + place.en();
    }

    @Override
    public String talks(Events.Encounter e, Events.Trip during) {
        String date = e.date().en(random);
        String guest = person(e.guest());
        if (during != null && random.nextBoolean()) {
            guest += ", who is on " + tripPhrase(during.type()) + " " + name(during.host()) + ",";
        }
        return switch (random.nextInt(3)) {
            case 0 -> capitalised(person(e.host())) + " held talks with " + guest + in(e.place()) + " " + date + ".";
            case 1 -> capitalised(date) + ", " + person(e.host()) + " and " + guest + " held talks" + in(e.place())
                    + ".";
            default -> capitalised(person(e.host())) + " and " + guest + " held talks " + date + in(e.place())
                    + ", discussing measures to deepen bilateral ties.";
        };
    }

    @Override
    public String meeting(Events.Encounter e) {
        String date = e.date().en(random);
        return switch (random.nextInt(2)) {
            case 0 -> capitalised(person(e.guest())) + " met with " + person(e.host()) + in(e.place()) + " " + date
                    + ".";
            default -> capitalised(date) + ", " + person(e.guest()) + " had a meeting with " + person(e.host())
                    + in(e.place()) + ".";
        };
    }

    @Override
    public String reception(Events.Encounter e) {
        String date = e.date().en(random);
        String purpose = e.guest().office() != Office.AMBASSADOR ? ""
                : switch (random.nextInt(3)) {
                    case 0 -> " who came to bid farewell at the end of the diplomatic tenure";
                    case 1 -> " who came to present credentials";
                    default -> " who paid a courtesy call";
                };
        return capitalised(person(e.host())) + " received " + person(e.guest()) + purpose + in(e.place()) + " " + date
                + ".";
    }

    @Override
    public String call(Events.Encounter e) {
        String date = e.date().en(random);
        return switch (random.nextInt(3)) {
            case 0 -> capitalised(person(e.host())) + " held a phone call with " + person(e.guest()) + " " + date + ".";
            case 1 -> capitalised(date) + ", " + person(e.host()) + " had phone talks with " + person(e.guest()) + ".";
            default -> capitalised(person(e.host())) + " and " + person(e.guest()) + " held a video call " + date + ".";
        };
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    @Override
    public String session(Events.Session s) {
        String date = s.date().en(random);
        String committee = random.nextBoolean() ? "Vietnam-" + s.other().en() + " Intergovernmental Committee"
                : "Vietnam-" + s.other().en() + " Joint Committee on Economic, Trade and Investment Cooperation";
        return switch (random.nextInt(2)) {
            case 0 -> capitalised(person(s.hostChair())) + " and " + person(s.guestChair()) + " co-chaired the "
                    + ordinal(s.number()) + " session of the " + committee + in(s.place()) + " " + date + ".";
            default -> "The " + ordinal(s.number()) + " meeting of the " + committee + " took place" + in(s.place())
                    + " " + date + ", co-chaired by " + person(s.hostChair()) + " and " + person(s.guestChair()) + ".";
        };
    }

    @Override
    public String attendance(Events.Attendance a) {
        String date = a.date().en(random);
        String where = a.host().capital().en() + ", " + name(a.host());
        return switch (random.nextInt(3)) {
            case 0 -> capitalised(person(a.guest())) + " attended " + a.eventEn() + " in " + where + " " + date + ".";
            case 1 -> capitalised(date) + ", " + person(a.guest()) + " led a high-level Vietnamese delegation to "
                    + where + " to attend " + a.eventEn() + ".";
            default -> capitalised(person(a.guest())) + " arrived in " + where + " "
                    + a.date().day(a.date().startDay()).en(random) + " to attend " + a.eventEn() + ", which runs until "
                    + EventDate.monthName(a.date().month()) + " " + a.date().endDay() + ".";
        };
    }

    @Override
    public String sideline(Events.Encounter e, Events.Attendance at) {
        return capitalised(e.date().en(random)) + ", on the sidelines of " + at.eventEn() + ", " + person(e.host())
                + " met with " + person(e.guest()) + ".";
    }

    @Override
    public String title(String type, int field) {
        String f = FIELDS[field % FIELDS.length];
        return switch (type) {
            case "MOU" -> "Memorandum of Understanding on " + f + " cooperation";
            case "AGREEMENT" -> "Agreement on " + f + " cooperation";
            default -> "Joint Statement";
        };
    }

    @Override
    public String signedAfterTalks(String title) {
        String article = title.startsWith("Agreement") ? "an " : title.startsWith("Joint") ? "a " : "a ";
        return switch (random.nextInt(2)) {
            case 0 -> "After the talks, the two sides signed " + article + title + ".";
            default -> "Following their talks, the two leaders witnessed the signing of " + article + title + ".";
        };
    }

    @Override
    public String signedOn(String title, Country other, EventDate date) {
        String article = title.startsWith("Agreement") ? "an " : "a ";
        return capitalised(date.en(random)) + ", representatives of Vietnam and " + name(other) + " signed " + article
                + title + ".";
    }

    @Override
    public String aid(Country donor, Money money) {
        return "On this occasion, the Government of " + name(donor) + " announced a grant of " + money.en()
                + " to Vietnam.";
    }

    @Override
    public String deals(int count, Money money) {
        return "Businesses of the two countries signed " + count + " commercial contracts worth " + money.en() + ".";
    }

    @Override
    public String levelLabel(String level) {
        return switch (level) {
            case "COMPREHENSIVE_STRATEGIC_PARTNERSHIP" -> "Comprehensive Strategic Partnership";
            case "STRATEGIC_PARTNERSHIP" -> "Strategic Partnership";
            default -> "Comprehensive Partnership";
        };
    }

    @Override
    public String upgrade(Country other, String label) {
        return "The two leaders announced the upgrade of Vietnam-" + other.en() + " relations to a " + label + ".";
    }

    @Override
    public String established(Country other, String label, int year) {
        return "Vietnam and " + name(other) + " established their " + label + " in " + year + ".";
    }

    @Override
    public String existing(Country other, String label) {
        return "Both sides spoke highly of the positive development of the Vietnam-" + other.en() + " " + label
                + " in recent years.";
    }

    @Override
    public String filler(Country other, Person vietnamese, int variant) {
        String shortMention = vietnamese == null ? ""
                : vietnamese.office().en(true)[0] + " " + NameMaker.shortName(vietnamese.enName());
        return switch (variant % 5) {
            case 0 -> "Both sides agreed to further promote cooperation in economy, trade, investment, education and"
                    + " people-to-people exchange.";
            case 1 -> capitalised(shortMention) + " affirmed that Vietnam always attaches importance to its relations"
                    + " with " + name(other) + ".";
            case 2 -> "The two sides exchanged views on regional and international issues of mutual concern and"
                    + " agreed to coordinate closely at multilateral forums.";
            case 3 -> "They assigned ministries and agencies to soon complete procedures to open markets for each"
                    + " other's farm produce, seafood, fruit, etc.";
            default -> "According to " + shortMention + ", there remains much room for the two countries to expand"
                    + " cooperation in the time to come.";
        };
    }

    @Override
    public String trade(Country other, Money money) {
        return "Two-way trade between Vietnam and " + name(other) + " reached " + money.en() + " last year.";
    }

    @Override
    public String caption(Person a, Person b) {
        return capitalised(person(a)) + " and " + person(b) + ". (Photo: VNA)";
    }

    @Override
    public List<String> tail(int variant, Country unrelated, String unrelatedLeader) {
        List<String> out = new ArrayList<>();
        out.add(variant % 3 == 0 ? "Related news" : variant % 3 == 1 ? "Read more" : "More news");
        for (int i = 0; i < 3; i++) {
            out.add(TEASERS[(variant + i * 3) % TEASERS.length]);
        }
        if (variant % 2 == 0) {
            out.add("Prime Minister " + unrelatedLeader + " holds phone talks with " + name(unrelated)
                    + "'s Prime Minister");
        }
        return out;
    }
}
