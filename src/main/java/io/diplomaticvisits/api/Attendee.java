package io.diplomaticvisits.api;

import io.diplomaticvisits.extract.model.VisitParticipant;

/** A person in one extracted visit, with the side they were on ({@code GUEST}, {@code HOST}, {@code PARTICIPANT}). */
public record Attendee(String name, String country, String role) {

    static Attendee of(VisitParticipant participant) {
        return new Attendee(participant.name(), participant.country(), participant.role().name());
    }
}
