package io.diplomaticvisits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.hibernate.Length;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Where a stored record was read: a document, the sentence as written and its offsets in the document's text. */
@Embeddable
public class RecordSource {

    @Column(name = "document_id", nullable = false, length = Document.ID_LENGTH)
    private String documentId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = Length.LONG32)
    private String sentence;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    protected RecordSource() {
    }

    public RecordSource(String documentId, String sentence, int start, int end) {
        this.documentId = documentId;
        this.sentence = sentence;
        this.start = start;
        this.end = end;
    }

    public String getDocumentId() {
        return documentId;
    }

    public String getSentence() {
        return sentence;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    /** The same place in the same document, whatever the sentence text. */
    public boolean samePlace(RecordSource other) {
        return documentId.equals(other.documentId) && start == other.start && end == other.end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordSource other && samePlace(other);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentId, start, end);
    }
}
