package io.diplomaticvisits.extract.model;

public enum ParticipantRole { GUEST, HOST, PARTICIPANT }
