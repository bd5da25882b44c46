package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.mention.CountryMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Countries named one after another in a sentence: "of Argentina, Kenya and Norway", "with China (2008), Russia". */
final class CountryLists {

    private CountryLists() {
    }

    /**
     * The foreign countries listed from {@code from} on, before {@code to}: the first after words that {@code opens}
     * accepts, each next one after words of {@code joins} (a bracket after a country, "(2008)", left aside).
     * Demonyms are no part of a list.
     */
    static List<CountryMention> listed(SentenceFacts s, int from, int to, Predicate<String> opens, Set<String> joins) {
        List<CountryMention> out = new ArrayList<>();
        int cursor = from;
        for (CountryMention c : s.countries()) {
            if (c.start() < cursor || c.demonym()) {
                continue;
            }
            if (c.start() >= to) {
                break;
            }
            String gap = s.gap(cursor, c.start());
            boolean joined = out.isEmpty() ? opens.test(gap) : joins.contains(withoutBrackets(gap));
            if (!joined) {
                break;
            }
            if (!c.code().equals(VisitRules.VIETNAM)) {
                out.add(c);
            }
            cursor = c.end();
        }
        return out;
    }

    /** The gap with a bracketed part taken out: "(2008)," is ",". */
    private static String withoutBrackets(String gap) {
        return gap.startsWith("(") && gap.indexOf(')') > 0 ? gap.substring(gap.indexOf(')') + 1).strip() : gap;
    }
}
