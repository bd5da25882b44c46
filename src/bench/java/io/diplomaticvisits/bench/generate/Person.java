package io.diplomaticvisits.bench.generate;

/** An invented official: {@code name} as the gold writes it, {@code enName} as English news does (no diacritics). */
record Person(String name, String enName, String shortName, Country country, Office office) {

    boolean vietnamese() {
        return country.code().equals("VN");
    }

    String goldTitle() {
        return office.gold(vietnamese());
    }
}
