package io.diplomaticvisits.extract.lexicon;

/** What a word between a title and a name is: see {@code title-qualifiers.tsv}. */
public enum QualifierKind {
    /** An organisation or state form: "Chính phủ", "Cộng hòa", "Central Committee". */
    BODY,
    /** A joining word, skipped only when a body or a country follows: "nước", "of", "the". */
    LINK,
    /** Introduces where an envoy is posted: "tại", "to". */
    POSTING,
    /** Joins two titles of one person: "kiêm", "and". */
    JOINER,
    /** A second portfolio of one ministry after "and": "Minister of Foreign Affairs and Trade". */
    PORTFOLIO
}
