package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.VisitAttendance;

/** A stored participant in one visit: their id, the name this visit was told with, and their side. */
public record VisitPerson(String id, String name, String country, String role) {

    static VisitPerson of(VisitAttendance attendance) {
        return new VisitPerson(attendance.getParticipantId(), attendance.getName(), attendance.getCountry(),
                attendance.getRole().name());
    }
}
