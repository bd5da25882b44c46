package io.diplomaticvisits.extract.rules;

/** How a trigger word finds the rest of its event; see {@code lexicon/event-triggers.tsv}. */
public enum TriggerForm {
    /** A trip whose kind is stated; the destination may be anywhere near. */
    TRIP,
    /** A bare travel word; needs a country or place right after it. */
    TRIP_VERB,
    /** Attending something; needs a place or country introduced by "tại", "ở", "in", "at". */
    ATTEND,
    /** An encounter; needs a counterpart. */
    ENGAGE
}
