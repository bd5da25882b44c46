package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.text.CharFolding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first and last words of every full name seen so far in one document, folded, each pointing to its person;
 * a key two different names share is ambiguous. Grows while one document is read, so never shared.
 */
final class ShortNameIndex {

    /** Folded words that follow a surname without being one. */
    private static final Set<String> GENERATION_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private final Map<String, PersonMention> byKey;
    private final Set<String> ambiguous;

    ShortNameIndex() {
        this(new HashMap<>(), new HashSet<>());
    }

    private ShortNameIndex(Map<String, PersonMention> byKey, Set<String> ambiguous) {
        this.byKey = byKey;
        this.ambiguous = ambiguous;
    }

    /** An index with the same keys, to grow apart from this one. */
    ShortNameIndex copy() {
        return new ShortNameIndex(new HashMap<>(byKey), new HashSet<>(ambiguous));
    }

    void add(PersonMention person) {
        List<String> forms = new ArrayList<>(person.aliases());
        forms.add(person.name());
        Set<String> keys = new HashSet<>();
        for (String form : forms) {
            List<String> words = words(form);
            addKeys(words, keys);
            if (words.size() > 2 && GENERATION_SUFFIXES.contains(words.get(words.size() - 1))) {
                addKeys(words.subList(0, words.size() - 1), keys); // "Mercer" for "Franklin D. Mercer, Jr."
            }
            if (words.size() == 3 && words.stream().noneMatch(VietnameseSyllable::looksVietnamese)) {
                keys.add(words.get(1)); // the father's surname of "Daniel Noboa Azín", "Andrés Manuel López"
            }
        }
        for (String key : keys) {
            PersonMention before = byKey.putIfAbsent(key, person);
            if (before == null || before.name().equals(person.name())) {
                continue;
            }
            boolean sameCountry = before.country() == null || person.country() == null
                    || before.country().equals(person.country());
            if (!sameCountry) {
                ambiguous.add(key);
            } else if (shortFormOf(before.name(), person.name())) {
                byKey.put(key, person); // "Boric" in a headline, then "Gabriel Boric Font": one person
            } else if (!shortFormOf(person.name(), before.name())) {
                ambiguous.add(key);
            }
        }
    }

    /** Whether every word of {@code shorter} is a word of {@code longer}: "Boric" of "Gabriel Boric Font". */
    private static boolean shortFormOf(String shorter, String longer) {
        List<String> longWords = words(longer);
        List<String> shortWords = words(shorter);
        return shortWords.size() < longWords.size() && longWords.containsAll(shortWords);
    }

    private static void addKeys(List<String> words, Set<String> keys) {
        for (int k = 1; k <= words.size(); k++) {
            keys.add(String.join(" ", words.subList(0, k)));
            keys.add(String.join(" ", words.subList(words.size() - k, words.size())));
        }
    }

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** As {@link #resolve}, for words already folded and joined by single spaces. */
    PersonMention resolveFolded(String key) {
        return ambiguous.contains(key) ? null : byKey.get(key);
    }

    /** The one person whose name begins or ends with these words, or null. */
    PersonMention resolve(String shortName) {
        String key = keyOf(shortName);
        return key.isEmpty() || ambiguous.contains(key) ? null : byKey.get(key);
    }

    /** The folded words of a name, cut at ASCII white space and commas (the regex {@code [\\s,]+}). */
    private static List<String> words(String name) {
        String folded = CharFolding.foldString(name);
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean separator = i == folded.length() || isSeparator(folded.charAt(i));
            if (separator && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** The folded words of a name joined by single spaces: {@code String.join(" ", words(name))} in one pass. */
    private static String keyOf(String name) {
        String folded = CharFolding.foldString(name);
        StringBuilder key = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (isSeparator(c)) {
                gap = key.length() > 0;
            } else {
                if (gap) {
                    key.append(' ');
                    gap = false;
                }
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
