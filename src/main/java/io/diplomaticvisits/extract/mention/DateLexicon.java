package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.lexicon.CasePolicy;
import io.diplomaticvisits.extract.lexicon.PhraseMatch;
import io.diplomaticvisits.extract.lexicon.PhraseMatcher;
import io.diplomaticvisits.extract.lexicon.TsvTable;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words of {@code date-words.tsv}, ready for matching; immutable. */
final class DateLexicon {

    private static final int FIRST_CHAR_TABLE = 0x2000;

    /** An English verb in the past tense, by its ending: "signed", "agreed". */
    private static final java.util.regex.Pattern PAST_TENSE = java.util.regex.Pattern.compile("\\b\\p{L}{2,}ed\\b");

    private final PhraseMatcher<DateWord> words;
    private final boolean[] firstChars;
    private final PhraseMatcher<Boolean> publicationLabels;
    private final List<String> frontMatterKeys;
    private final PhraseMatcher<Boolean> futureWords;
    private final PhraseMatcher<Boolean> reportingWords;

    private DateLexicon(PhraseMatcher<DateWord> words, boolean[] firstChars, PhraseMatcher<Boolean> publicationLabels,
                        List<String> frontMatterKeys, PhraseMatcher<Boolean> futureWords,
                        PhraseMatcher<Boolean> reportingWords) {
        this.words = words;
        this.firstChars = firstChars;
        this.publicationLabels = publicationLabels;
        this.frontMatterKeys = frontMatterKeys;
        this.futureWords = futureWords;
        this.reportingWords = reportingWords;
    }

    static DateLexicon from(TsvTable table) {
        Map<String, DateWord.Builder> grouped = new LinkedHashMap<>();
        PhraseMatcher.Builder<Boolean> labels = PhraseMatcher.builder();
        PhraseMatcher.Builder<Boolean> future = PhraseMatcher.builder();
        PhraseMatcher.Builder<Boolean> reporting = PhraseMatcher.builder();
        List<String> keys = new ArrayList<>();
        boolean[] firstChars = new boolean[FIRST_CHAR_TABLE];
        for (TsvTable.Row row : table.rows()) {
            String kind = row.get("kind");
            List<String> phrases = row.list("phrase");
            switch (kind) {
                case "PUB_LABEL" -> phrases.forEach(p -> labels.add(p, Boolean.TRUE));
                case "FRONT_MATTER_KEY" -> phrases.forEach(p -> keys.add(p.toLowerCase(Locale.ROOT)));
                case "FUTURE" -> phrases.forEach(p -> future.add(p, Boolean.TRUE));
                case "REPORTING" -> phrases.forEach(p -> reporting.add(p, Boolean.TRUE));
                default -> {
                    DateWord.Kind k;
                    try {
                        k = DateWord.Kind.valueOf(kind);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(row.where() + ": unknown kind " + kind, e);
                    }
                    String policy = row.get("case").isEmpty() ? "ANY" : row.get("case");
                    for (String phrase : phrases) {
                        grouped.computeIfAbsent(phrase + '\t' + policy, x -> new DateWord.Builder())
                                .add(k, row.get("value"), row.where());
                    }
                }
            }
        }
        PhraseMatcher.Builder<DateWord> words = PhraseMatcher.builder();
        grouped.forEach((key, builder) -> {
            int tab = key.indexOf('\t');
            String phrase = key.substring(0, tab);
            words.add(phrase, CasePolicy.valueOf(key.substring(tab + 1)), builder.build());
            char first = MatchText.lowerChar(phrase.charAt(0));
            if (first < FIRST_CHAR_TABLE) {
                firstChars[first] = true;
            }
        });
        return new DateLexicon(words.build(), firstChars, labels.build(), List.copyOf(keys), future.build(),
                reporting.build());
    }

    /** The listed word starting at {@code i}, or null; {@code i} must be a word start. */
    PhraseMatch<DateWord> wordAt(MatchText text, int i) {
        if (i >= text.length() || !text.isWordStart(i)) {
            return null;
        }
        char c = text.lower().charAt(i);
        if (c < FIRST_CHAR_TABLE && !firstChars[c]) {
            return null;
        }
        return words.longestAt(text, i);
    }

    /** Where the first word that looks ahead ("will", "sẽ") starts in {@code text}, or -1. */
    int firstFutureWord(MatchText text) {
        List<PhraseMatch<Boolean>> found = futureWords.findAll(text);
        return found.isEmpty() ? -1 : found.get(0).start();
    }

    /**
     * Where the first word that looks ahead starts at or after {@code from}, or -1; and -1 too when a verb in the
     * past or of speech comes first ("On Monday, he said the minister will ...", "On Monday they signed a deal that
     * will ...": Monday is when that was done).
     */
    int futureWordAfter(MatchText text, int from) {
        for (PhraseMatch<Boolean> future : futureWords.findAll(text)) {
            if (future.start() >= from) {
                boolean toldBefore = PAST_TENSE.matcher(text.lower()).region(from, future.start()).find()
                        || reportingWords.findAll(text).stream()
                        .anyMatch(r -> r.start() >= from && r.start() < future.start());
                return toldBefore ? -1 : future.start();
            }
        }
        return -1;
    }

    PhraseMatcher<Boolean> publicationLabels() {
        return publicationLabels;
    }

    /** Front-matter keys that hold the publication date, most trusted first, lower case. */
    List<String> frontMatterKeys() {
        return frontMatterKeys;
    }
}
