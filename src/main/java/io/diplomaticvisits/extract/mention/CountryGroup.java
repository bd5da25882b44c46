package io.diplomaticvisits.extract.mention;

import java.util.List;

/** A pair or group form such as "Việt - Mỹ", "Vietnam-Russia", "Việt Nam - Lào - Campuchia": codes in text order. */
public record CountryGroup(int start, int end, List<String> codes) {
}
