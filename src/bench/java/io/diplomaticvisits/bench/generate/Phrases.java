package io.diplomaticvisits.bench.generate;

import java.util.List;

/** Sentence templates of one language. Each call writes one sentence (or line) about the event it is given. */
interface Phrases {

    String language();

    String header(EventDate published);

    /** Put before the first paragraph: "Hanoi (VNA) – " in English, nothing in Vietnamese. */
    String dateline(EventDate published, boolean withDate);

    String person(Person p);

    String trip(Events.Trip t);

    String headline(Events.Trip t);

    String talks(Events.Encounter e, Events.Trip during);

    String meeting(Events.Encounter e);

    String reception(Events.Encounter e);

    String call(Events.Encounter e);

    String session(Events.Session s);

    String attendance(Events.Attendance a);

    String sideline(Events.Encounter e, Events.Attendance at);

    /** A signed document's title: {@code type} MOU, AGREEMENT or JOINT_STATEMENT, about {@code field} (an index). */
    String title(String type, int field);

    String signedAfterTalks(String title);

    String signedOn(String title, Country other, EventDate date);

    String aid(Country donor, Money money);

    String deals(int count, Money money);

    String levelLabel(String level);

    String upgrade(Country other, String label);

    String established(Country other, String label, int year);

    String existing(Country other, String label);

    /** A sentence with no event in it; variants 1 and 4 quote {@code vietnamese}, the others need no one. */
    String filler(Country other, Person vietnamese, int variant);

    String trade(Country other, Money money);

    String caption(Person a, Person b);

    /** Page furniture after the article: a marker and teaser headlines, maybe one about another visit. */
    List<String> tail(int variant, Country unrelated, String unrelatedLeader);
}
