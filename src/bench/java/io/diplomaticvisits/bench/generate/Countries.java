package io.diplomaticvisits.bench.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every sovereign state the JDK names (CLDR), with its Vietnamese and English display names, and the capitals of the
 * countries Vietnam deals with most, so that engagements abroad can be placed in a city.
 */
final class Countries {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Territories, dependencies and Antarctica: no state visits go there. Vietnam itself is the other side. */
    private static final Set<String> NOT_COUNTERPARTS = Set.of("VN", "AQ", "BV", "HM", "TF", "UM", "IO", "GS", "CX",
            "CC", "NF", "PN", "TK", "SJ", "AX", "FO", "GL", "GI", "IM", "JE", "GG", "BL", "MF", "PM", "WF", "NC", "PF",
            "YT", "RE", "GP", "MQ", "GF", "AS", "GU", "MP", "PR", "VI", "VG", "KY", "TC", "BM", "AI", "MS", "FK", "SH",
            "AW", "CW", "SX", "BQ", "HK", "MO", "EH", "NU", "CK", "TW", "PS", "CD", "CG", "VA");

    /** Capital in Vietnamese press spelling and in English. */
    private static final Map<String, String[]> CAPITALS = Map.ofEntries(
            Map.entry("CN", new String[] {"Bắc Kinh", "Beijing"}),
            Map.entry("US", new String[] {"Washington", "Washington"}),
            Map.entry("RU", new String[] {"Moskva", "Moscow"}),
            Map.entry("JP", new String[] {"Tokyo", "Tokyo"}),
            Map.entry("KR", new String[] {"Seoul", "Seoul"}),
            Map.entry("LA", new String[] {"Viêng Chăn", "Vientiane"}),
            Map.entry("KH", new String[] {"Phnom Penh", "Phnom Penh"}),
            Map.entry("TH", new String[] {"Bangkok", "Bangkok"}),
            Map.entry("FR", new String[] {"Paris", "Paris"}),
            Map.entry("DE", new String[] {"Berlin", "Berlin"}),
            Map.entry("GB", new String[] {"London", "London"}),
            Map.entry("IN", new String[] {"New Delhi", "New Delhi"}),
            Map.entry("AU", new String[] {"Canberra", "Canberra"}),
            Map.entry("SG", new String[] {"Singapore", "Singapore"}),
            Map.entry("MY", new String[] {"Kuala Lumpur", "Kuala Lumpur"}),
            Map.entry("ID", new String[] {"Jakarta", "Jakarta"}),
            Map.entry("PH", new String[] {"Manila", "Manila"}),
            Map.entry("CU", new String[] {"La Habana", "Havana"}),
            Map.entry("IT", new String[] {"Rome", "Rome"}),
            Map.entry("ES", new String[] {"Madrid", "Madrid"}),
            Map.entry("CZ", new String[] {"Praha", "Prague"}),
            Map.entry("AT", new String[] {"Vienna", "Vienna"}),
            Map.entry("HU", new String[] {"Budapest", "Budapest"}),
            Map.entry("PL", new String[] {"Warsaw", "Warsaw"}),
            Map.entry("BR", new String[] {"Brasilia", "Brasilia"}),
            Map.entry("AR", new String[] {"Buenos Aires", "Buenos Aires"}),
            Map.entry("CL", new String[] {"Santiago", "Santiago"}),
            Map.entry("PE", new String[] {"Lima", "Lima"}),
            Map.entry("EG", new String[] {"Cairo", "Cairo"}),
            Map.entry("ZA", new String[] {"Pretoria", "Pretoria"}),
            Map.entry("MZ", new String[] {"Maputo", "Maputo"}),
            Map.entry("NZ", new String[] {"Wellington", "Wellington"}),
            Map.entry("CA", new String[] {"Ottawa", "Ottawa"}),
            Map.entry("BE", new String[] {"Brussels", "Brussels"}),
            Map.entry("SE", new String[] {"Stockholm", "Stockholm"}),
            Map.entry("NO", new String[] {"Oslo", "Oslo"}),
            Map.entry("FI", new String[] {"Helsinki", "Helsinki"}),
            Map.entry("DK", new String[] {"Copenhagen", "Copenhagen"}),
            Map.entry("TR", new String[] {"Ankara", "Ankara"}),
            Map.entry("AE", new String[] {"Abu Dhabi", "Abu Dhabi"}),
            Map.entry("SA", new String[] {"Riyadh", "Riyadh"}),
            Map.entry("QA", new String[] {"Doha", "Doha"}),
            Map.entry("KZ", new String[] {"Astana", "Astana"}),
            Map.entry("UZ", new String[] {"Tashkent", "Tashkent"}),
            Map.entry("MN", new String[] {"Ulaanbaatar", "Ulaanbaatar"}),
            Map.entry("BY", new String[] {"Minsk", "Minsk"}),
            Map.entry("BN", new String[] {"Bandar Seri Begawan", "Bandar Seri Begawan"}),
            Map.entry("TL", new String[] {"Dili", "Dili"}),
            Map.entry("KP", new String[] {"Bình Nhưỡng", "Pyongyang"}),
            Map.entry("KE", new String[] {"Nairobi", "Nairobi"}),
            Map.entry("ET", new String[] {"Addis Ababa", "Addis Ababa"}),
            Map.entry("GR", new String[] {"Athens", "Athens"}),
            Map.entry("PT", new String[] {"Lisbon", "Lisbon"}),
            Map.entry("IE", new String[] {"Dublin", "Dublin"}),
            Map.entry("VE", new String[] {"Caracas", "Caracas"}),
            Map.entry("MX", new String[] {"Mexico City", "Mexico City"}),
            Map.entry("NL", new String[] {"Amsterdam", "Amsterdam"}),
            Map.entry("CH", new String[] {"Bern", "Bern"}),
            Map.entry("MM", new String[] {"Nay Pyi Taw", "Nay Pyi Taw"}),
            Map.entry("BD", new String[] {"Dhaka", "Dhaka"}),
            Map.entry("PK", new String[] {"Islamabad", "Islamabad"}),
            Map.entry("IR", new String[] {"Tehran", "Tehran"}),
            Map.entry("NG", new String[] {"Abuja", "Abuja"}),
            Map.entry("DZ", new String[] {"Algiers", "Algiers"}),
            Map.entry("AO", new String[] {"Luanda", "Luanda"}));

    private final List<Country> all;
    private final List<Country> withCapital;

    Countries() {
        List<Country> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            if (NOT_COUNTERPARTS.contains(code)) {
                continue;
            }
            Locale region = new Locale("", code);
            String vi = cleaned(region.getDisplayCountry(VIETNAMESE));
            String en = cleaned(region.getDisplayCountry(Locale.ENGLISH));
            String[] capital = CAPITALS.get(code);
            Place place = capital == null ? null : new Place(capital[0], capital[1], capital[1], code);
            countries.add(new Country(code, vi, en, place));
        }
        this.all = List.copyOf(countries);
        this.withCapital = all.stream().filter(c -> c.capital() != null).toList();
    }

    /** CLDR's short forms read as prose: "Myanmar (Burma)" as "Myanmar", "Antigua & Barbuda" with "and". */
    private static String cleaned(String name) {
        int bracket = name.indexOf(" (");
        String out = bracket > 0 ? name.substring(0, bracket) : name;
        return out.replace(" & ", " and ").replace("St. ", "Saint ");
    }

    List<Country> all() {
        return all;
    }

    /** Countries whose capital the generator knows: the usual partners of high-level visits. */
    List<Country> withCapital() {
        return withCapital;
    }
}
