package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.Rank;

/** A title at {@code [start, end)} with its normalised English form ("Prime Minister") and rank. */
public record TitleMention(int start, int end, String title, Rank rank) {
}
