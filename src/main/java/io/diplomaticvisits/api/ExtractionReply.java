package io.diplomaticvisits.api;

import io.diplomaticvisits.extract.model.AgreementRecord;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.ParticipantRecord;
import io.diplomaticvisits.extract.model.PartnershipRecord;
import io.diplomaticvisits.extract.model.SourceRef;
import io.diplomaticvisits.extract.model.VisitRecord;
import java.util.List;

/** What {@code POST /api/v1/extract} returns: the records of one text, with the field names of the specification. */
public record ExtractionReply(
        String language,
        List<Visit> visits,
        List<Participant> participants,
        List<Partnership> partnerships,
        List<Agreement> agreements) {

    public record Visit(String type, String status, String guestCountry, String hostCountry, List<String> countries,
            Place location, DateValue start, DateValue end, List<Attendee> participants, List<Source> sources,
            double confidence) {
    }

    public record Participant(String name, List<String> aliases, String country, List<String> titles,
            List<Source> sources, double confidence) {
    }

    public record Partnership(List<String> countries, String level, String label, DateValue since,
            List<Source> sources, double confidence) {
    }

    public record Agreement(String type, String title, List<String> parties, DateValue date, Money value,
            List<Source> sources, double confidence) {
    }

    static ExtractionReply of(ExtractionResult result) {
        return new ExtractionReply(result.language().code(),
                result.visits().stream().map(ExtractionReply::visit).toList(),
                result.participants().stream().map(ExtractionReply::participant).toList(),
                result.partnerships().stream().map(ExtractionReply::partnership).toList(),
                result.agreements().stream().map(ExtractionReply::agreement).toList());
    }

    private static Visit visit(VisitRecord v) {
        return new Visit(v.type().name(), v.status().name(), v.guestCountry(), v.hostCountry(), v.countries(),
                Place.of(v.location()), DateValue.of(v.start()), DateValue.of(v.end()),
                v.participants().stream().map(Attendee::of).toList(), sources(v.sources()),
                Confidence.rounded(v.confidence()));
    }

    private static Participant participant(ParticipantRecord p) {
        return new Participant(p.name(), p.aliases(), p.country(), p.titles(), sources(p.sources()),
                Confidence.rounded(p.confidence()));
    }

    private static Partnership partnership(PartnershipRecord p) {
        return new Partnership(p.countries(), p.level().name(), p.label(), DateValue.of(p.since()),
                sources(p.sources()), Confidence.rounded(p.confidence()));
    }

    private static Agreement agreement(AgreementRecord a) {
        return new Agreement(a.type().name(), a.title(), a.parties(), DateValue.of(a.date()), Money.of(a.value()),
                sources(a.sources()), Confidence.rounded(a.confidence()));
    }

    private static List<Source> sources(List<SourceRef> refs) {
        return refs.stream().map(Source::of).toList();
    }
}
