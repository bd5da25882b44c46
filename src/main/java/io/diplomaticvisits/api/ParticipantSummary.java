package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.Participant;
import java.util.List;

/**
 * A stored person as listed. {@code rank} is the most senior rank among their titles, as the title lexicon ranks
 * them; null when none of the titles is listed there.
 */
public record ParticipantSummary(String id, String name, List<String> aliases, String country, List<String> titles,
        String rank, long visitCount, double confidence) {

    static ParticipantSummary of(Participant p, long visitCount) {
        return new ParticipantSummary(p.getId(), p.getName(), List.copyOf(p.getAliases()), p.getCountry(),
                List.copyOf(p.getTitles()), p.getBestRank() == null ? null : p.getBestRank().name(), visitCount,
                Confidence.rounded(p.getConfidence()));
    }
}
