package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.VisitCategory;
import io.diplomaticvisits.extract.model.VisitStatus;
import io.diplomaticvisits.extract.model.VisitType;
import java.time.LocalDate;
import java.util.List;

/**
 * What a visit listing asks for; every null (or empty) part asks nothing. {@code from} and {@code to} keep the
 * records whose span of possible days overlaps the range, which leaves out every record without a year.
 */
public record VisitFilter(
        String country,
        String guestCountry,
        String hostCountry,
        List<VisitType> types,
        VisitCategory category,
        VisitStatus status,
        String participantId,
        LocalDate from,
        LocalDate to,
        String text,
        boolean newestFirst) {

    public static VisitFilter byParticipant(String participantId, boolean newestFirst) {
        return new VisitFilter(null, null, null, List.of(), null, null, participantId, null, null, null, newestFirst);
    }
}
