package io.diplomaticvisits.api;

/**
 * A country that appears in the records: its names, its visits (all, as the travelling side, as the receiving
 * side) and its current partnership level with Vietnam (null when none is recorded).
 */
public record CountrySummary(String code, String nameEn, String nameVi, long visits, long visitsAsGuest,
        long visitsAsHost, String partnershipLevel) {
}
