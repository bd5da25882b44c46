package io.diplomaticvisits.extract.model;

public enum VisitCategory { TRIP, ENGAGEMENT }
