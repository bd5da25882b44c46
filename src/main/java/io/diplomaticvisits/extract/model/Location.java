package io.diplomaticvisits.extract.model;

/** Where an event took place: the city as written in English (may be null) and the country's ISO code. */
public record Location(String city, String countryCode) {
}
