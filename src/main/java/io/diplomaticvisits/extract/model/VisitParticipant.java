package io.diplomaticvisits.extract.model;

public record VisitParticipant(String name, String country, ParticipantRole role) {
}
