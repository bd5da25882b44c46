package io.diplomaticvisits.extract.lexicon;

/** How the original text's letter case must look for a phrase to match. */
public enum CasePolicy {
    /** Any case: "hội đàm", "state visit". */
    ANY,
    /** The first letter upper case: "Nga", "Áo", "Séc" (lower-case "áo" is a shirt). */
    CAPITALISED,
    /** Exactly as listed: "US", "RoK" (lower-case "us" is a pronoun). */
    EXACT
}
