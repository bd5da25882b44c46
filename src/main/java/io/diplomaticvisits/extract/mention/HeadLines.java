package io.diplomaticvisits.extract.mention;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text, cut only as far as they are asked for: a reader of the first few lines does not pay for
 * the whole text. Lines end at {@code \r\n}, {@code \n} or {@code \r}; the same lines as
 * {@code text.split("\r?\n|\r", -1)}. Not thread-safe; one instance per call.
 */
final class HeadLines {

    private final String text;
    private final List<String> cut = new ArrayList<>();
    /** Where the next line to cut starts; past the end once the last line is cut. */
    private int next;

    HeadLines(String text) {
        this.text = text;
    }

    /** Whether the text has a line at index {@code i}. */
    boolean has(int i) {
        while (cut.size() <= i && next <= text.length()) {
            cutNext();
        }
        return i < cut.size();
    }

    /** The line at index {@code i}; call {@link #has(int)} first. */
    String get(int i) {
        return cut.get(i);
    }

    private void cutNext() {
        int end = next;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        cut.add(text.substring(next, end));
        if (end == text.length()) {
            next = end + 1;
        } else if (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            next = end + 2;
        } else {
            next = end + 1;
        }
    }
}
