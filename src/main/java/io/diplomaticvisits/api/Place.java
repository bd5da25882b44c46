package io.diplomaticvisits.api;

import io.diplomaticvisits.extract.model.Location;

/** Where an event took place: the city as written in English (may be null) and the country's ISO code. */
public record Place(String city, String countryCode) {

    static Place of(Location location) {
        return location == null ? new Place(null, null) : new Place(location.city(), location.countryCode());
    }
}
