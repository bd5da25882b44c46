package io.diplomaticvisits.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A summary of one country's records. {@code visitsByYear} is keyed by start year, with {@code unknown} (last)
 * for records whose year is not known; the last trips each way are absent when there are none. {@code agreements}
 * holds the latest of the {@code agreementCount} agreements, newest first; the agreements listing has them all.
 */
public record CountryDetail(String code, String nameEn, String nameVi, long visits, long visitsAsGuest,
        long visitsAsHost, Map<String, Long> visitsByType, Map<String, Long> visitsByYear,
        @JsonInclude(JsonInclude.Include.NON_NULL) VisitSummary lastVisitAsGuest,
        @JsonInclude(JsonInclude.Include.NON_NULL) VisitSummary lastVisitAsHost,
        List<FrequentParticipant> frequentParticipants, String partnershipLevel, long agreementCount,
        List<AgreementSummary> agreements) {

    /** A person and the number of the country's visits they took part in. */
    public record FrequentParticipant(String id, String name, String country, long visits) {
    }
}
