package io.diplomaticvisits.extract.text;

import io.diplomaticvisits.extract.model.Language;
import io.diplomaticvisits.extract.model.PartialDate;

import java.util.List;

/**
 * A document after normalisation, paragraph and sentence splitting. {@code text} is the NFC form of the input;
 * {@link #originalOffset(int)} maps an offset in it back to the input as received. {@code publicationDate}
 * comes from a header line ("Ngày đăng: 2024-06-19", front matter {@code date:}), or is unknown.
 */
public record PreparedDocument(
        String text,
        int[] toOriginal,
        Language language,
        List<Paragraph> paragraphs,
        List<Sentence> sentences,
        PartialDate publicationDate) {

    /** The offset in the text as received; identity when the input was already NFC. */
    public int originalOffset(int offset) {
        if (toOriginal == null) {
            return offset;
        }
        return offset >= toOriginal.length ? toOriginal[toOriginal.length - 1] : toOriginal[offset];
    }

    public String textOf(Sentence s) {
        return text.substring(s.start(), s.end());
    }
}
