package io.diplomaticvisits.extract.text;

import io.diplomaticvisits.extract.model.Language;

/**
 * A paragraph (one line block) at {@code [start, end)} of the prepared text. {@code duplicateOf} is the index of
 * the first paragraph with the same text, or -1; {@code boilerplate} marks page furniture kept out of events.
 */
public record Paragraph(int index, int start, int end, Language language, boolean boilerplate, int duplicateOf) {

    public boolean isDuplicate() {
        return duplicateOf >= 0;
    }
}
