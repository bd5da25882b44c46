package io.diplomaticvisits.bench.generate;

/** A country as the generator writes it: ISO code, names in both languages, and its capital when known. */
record Country(String code, String vi, String en, Place capital) {

    static final Country VIETNAM = new Country("VN", "Việt Nam", "Vietnam", Place.HANOI);
}
