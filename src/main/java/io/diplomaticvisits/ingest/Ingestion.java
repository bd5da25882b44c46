package io.diplomaticvisits.ingest;

/** What became of one ingested text: its document id, and whether it was new. */
public record Ingestion(String documentId, boolean created) {
}
