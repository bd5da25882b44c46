package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.Extractor;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.VisitRecord;
import io.diplomaticvisits.extract.model.VisitType;

import java.util.List;

/** The whole extractor on the sentences a rule test writes, and the records it reads back. */
final class Extractions {

    private Extractions() {
    }

    static ExtractionResult extract(String text) {
        return extract(text, null);
    }

    static ExtractionResult extract(String text, PartialDate publishedAt) {
        return Extractor.standard().extract("test", text, publishedAt);
    }

    static List<VisitRecord> ofType(ExtractionResult r, VisitType type) {
        return r.visits().stream().filter(v -> v.type() == type).toList();
    }
}
