package io.diplomaticvisits.extract.mention;

import java.util.ArrayList;
import java.util.List;

/**
 * Values read from heading paragraphs (a year, a day), in the order of the text: each stands over the paragraphs
 * after its heading until the next one. Built by adding the headings in order; then read only.
 */
final class ParagraphHeadings<T> {

    private final List<Integer> paragraphs = new ArrayList<>();
    private final List<T> values = new ArrayList<>();

    void add(int paragraph, T value) {
        paragraphs.add(paragraph);
        values.add(value);
    }

    int size() {
        return paragraphs.size();
    }

    /** The value of the last heading before {@code paragraph}, or null. */
    T over(int paragraph) {
        T value = null;
        for (int k = 0; k < paragraphs.size() && paragraphs.get(k) < paragraph; k++) {
            value = values.get(k);
        }
        return value;
    }
}
