package io.diplomaticvisits.extract.text;

/** A paragraph found by {@link ParagraphSplitter}: {@code [start, end)} of the text, trimmed of white space. */
public record ParagraphSpan(int start, int end) {

    public int length() {
        return end - start;
    }
}
