package io.diplomaticvisits.extract.mention;

/** A place named in the text: {@code city} in English ("Hanoi", "Ho Chi Minh City"), the country's ISO code. */
public record PlaceMention(int start, int end, String city, String countryCode, PlaceKind kind) {
}
