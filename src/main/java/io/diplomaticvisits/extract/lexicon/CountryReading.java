package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.mention.CountryGroup;
import io.diplomaticvisits.extract.mention.CountryMention;

import java.util.List;

/** The countries of one text: single mentions, and the pairs and groups ("Việt Nam - Lào") they form. */
public record CountryReading(List<CountryMention> mentions, List<CountryGroup> groups) {
}
