package io.diplomaticvisits.extract.mention;

public enum PlaceKind { CAPITAL, CITY, REGION, LANDMARK }
