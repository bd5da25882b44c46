package io.diplomaticvisits.ingest;

import io.diplomaticvisits.domain.Document;
import io.diplomaticvisits.extract.model.ExtractionResult;

/** A text made into a document, with the records extracted from it, not yet stored. */
public record Extracted(Document document, ExtractionResult result) {
}
