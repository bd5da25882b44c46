package io.diplomaticvisits.bench.generate;

/** What the templates write about: one event each, with the people and dates the gold will hold. */
final class Events {

    private Events() {
    }

    /** {@code type}: STATE_VISIT, OFFICIAL_VISIT, WORKING_VISIT or VISIT; {@code inviter} may be null. */
    record Trip(String type, boolean planned, Person guest, Country host, Person inviter, EventDate date) {
    }

    /** TALKS, MEETING, RECEPTION or PHONE_CALL; {@code place} may be null. A call's two sides are guest and host. */
    record Encounter(String type, Person host, Person guest, EventDate date, Place place) {
    }

    /** A session of a bilateral committee, co-chaired by one official of each side. */
    record Session(int number, Person hostChair, Person guestChair, Country other, EventDate date, Place place) {
    }

    /** A trip to attend a summit, an inauguration or a funeral in the host's capital. */
    record Attendance(Person guest, Country host, String eventVi, String eventEn, EventDate date) {
    }
}
