package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.Rank;

import java.util.List;

/**
 * A person named in the text. {@code [start, end)} covers titles and name; {@code [nameStart, nameEnd)} the name
 * alone. {@code name} is the canonical form (honorifics dropped, a known leader's Vietnamese spelling);
 * {@code country} is null when the text does not say; {@code rank} is the best rank among the titles.
 */
public record PersonMention(
        int start,
        int end,
        int nameStart,
        int nameEnd,
        String name,
        List<String> aliases,
        String country,
        List<String> titles,
        Rank rank) {
}
