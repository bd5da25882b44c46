package io.diplomaticvisits.api;

import io.diplomaticvisits.domain.Participant;
import java.util.List;

/**
 * One stored person: names, titles, number of visits, and the dates of the first and last of those visits whose
 * year is known (every part null when none is).
 */
public record ParticipantDetail(String id, String name, List<String> aliases, String country, List<String> titles,
        String rank, long visitCount, DateValue firstSeen, DateValue lastSeen, List<Source> sources,
        double confidence) {

    static ParticipantDetail of(Participant p, long visitCount, DateValue firstSeen, DateValue lastSeen) {
        return new ParticipantDetail(p.getId(), p.getName(), List.copyOf(p.getAliases()), p.getCountry(),
                List.copyOf(p.getTitles()), p.getBestRank() == null ? null : p.getBestRank().name(), visitCount,
                firstSeen, lastSeen, StoredSources.of(p.getSources()), Confidence.rounded(p.getConfidence()));
    }
}
