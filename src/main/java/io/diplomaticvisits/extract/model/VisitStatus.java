package io.diplomaticvisits.extract.model;

public enum VisitStatus { HELD, PLANNED }
