package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.mention.CountryGroup;
import io.diplomaticvisits.extract.mention.CountryMention;
import io.diplomaticvisits.extract.mention.DateMention;
import io.diplomaticvisits.extract.mention.MoneyMention;
import io.diplomaticvisits.extract.mention.PersonMention;
import io.diplomaticvisits.extract.mention.PlaceMention;
import io.diplomaticvisits.extract.mention.TitleMention;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.List;

/**
 * Everything found in one sentence, offsets relative to the sentence; {@code offset} is where the sentence
 * starts in the prepared document, {@code paragraph} the index of its paragraph. {@code freeCountries} are the country mentions that are no part of a
 * person's name or title chain, demonyms left out. {@code pluralTitles} name several holders at once ("the
 * ambassadors of", "Đại sứ các nước").
 */
public record SentenceFacts(
        int index,
        int paragraph,
        int offset,
        MatchText text,
        List<CountryMention> countries,
        List<CountryMention> freeCountries,
        List<CountryGroup> groups,
        List<PlaceMention> places,
        List<PersonMention> persons,
        List<TitleMention> titles,
        List<TitleMention> pluralTitles,
        List<DateMention> dates,
        List<MoneyMention> money,
        List<Trigger> triggers,
        List<Cue> cues) {

    public String original() {
        return text.original();
    }

    /** The lower-case text between two offsets, trimmed, for gap checks. */
    public String gap(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.lower().substring(Math.max(0, from), Math.min(to, text.length())).strip();
    }

    /** True when Vietnam takes part in what the sentence tells: named, in a pair form, or through a person. */
    public boolean mentionsVietnam() {
        for (CountryMention c : countries) {
            if (c.code().equals("VN")) {
                return true;
            }
        }
        for (CountryGroup g : groups) {
            if (g.codes().contains("VN")) {
                return true;
            }
        }
        for (PersonMention p : persons) {
            if ("VN".equals(p.country())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cue of {@code kind} ends inside {@code (from, to]}: it may start before {@code from}. */
    public boolean hasCueEndingIn(String kind, int from, int to) {
        for (Cue c : cues) {
            if (c.kind().equals(kind) && c.end() > from && c.end() <= to) {
                return true;
            }
        }
        return false;
    }

    public boolean hasCue(String kind, int from, int to) {
        for (Cue c : cues) {
            if (c.kind().equals(kind) && c.start() >= from && c.end() <= to) {
                return true;
            }
        }
        return false;
    }
}
