package io.diplomaticvisits.extract.model;

/** How senior a title is; lower ordinal means more senior. */
public enum Rank {
    PARTY_LEADER, HEAD_OF_STATE, HEAD_OF_GOVERNMENT, LEGISLATURE_HEAD, DEPUTY_LEADER, MINISTER, AMBASSADOR, OTHER
}
