package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.lexicon.PhraseMatch;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date at the top of a document: a front-matter key, a labelled line ("Ngày đăng:",
 * "Posted on:"), or a dateline ("Hanoi, Sept. 10, 2023"). Only the first lines are read.
 */
final class PublicationDateReader {

    private static final int HEAD_CHARS = 6000;
    /** Non-blank lines read: a news site's menu, one item a line, may fill the first twenty. */
    private static final int LINES_TO_READ = 32;
    private static final int FRONT_MATTER_LINES = 100;
    /** A dateline's place ("Hà Nội,") is short; so is what may follow a date alone on its line ("14:11 (GMT+7)"). */
    private static final int MAX_DATELINE_PREFIX = 40;
    private static final int MAX_TAIL_AFTER_LONE_DATE = 30;
    private static final Pattern CLOCK_TIME = Pattern.compile(
            "[,|\\-–]?\\s*\\d{1,2}[:h]\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*"
            + "(?:\\(?(?:GMT|UTC)\\s*(?:[+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\)?|\\b(?:ICT|[ECMP][SD]?T|CES?T|JST|KST|BST)\\b)?");

    /** A date that opens on a time of day is a time stamp ("All News 17:45 June 23, 2023"). */
    private static final Pattern TIME_STAMP = Pattern.compile("\\d{1,2}[:h]\\d{2}\\b");

    private final DateFinder finder;
    private final DateLexicon lexicon;

    PublicationDateReader(DateFinder finder, DateLexicon lexicon) {
        this.finder = finder;
        this.lexicon = lexicon;
    }

    Optional<PartialDate> read(String document) {
        if (document == null || document.isEmpty()) {
            return Optional.empty();
        }
        String head = document.length() > HEAD_CHARS ? document.substring(0, HEAD_CHARS) : document;
        HeadLines lines = new HeadLines(head);
        int i = 0;
        while (lines.has(i) && lines.get(i).isBlank()) {
            i++;
        }
        if (lines.has(i) && lines.get(i).strip().equals("---")) {
            int close = frontMatterEnd(lines, i + 1);
            if (close > 0) {
                Optional<PartialDate> fromKeys = frontMatter(lines, i + 1, close);
                if (fromKeys.isPresent()) {
                    return fromKeys;
                }
                i = close + 1;
            }
        }
        for (int seen = 0; lines.has(i) && seen < LINES_TO_READ; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            seen++;
            Optional<PartialDate> date = fromLine(lines.get(i));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static int frontMatterEnd(HeadLines lines, int from) {
        for (int i = from; lines.has(i) && i < from + FRONT_MATTER_LINES; i++) {
            if (lines.get(i).strip().equals("---")) {
                return i;
            }
        }
        return -1;
    }

    private Optional<PartialDate> frontMatter(HeadLines lines, int from, int to) {
        List<String> keys = lexicon.frontMatterKeys();
        int bestRank = Integer.MAX_VALUE;
        PartialDate best = null;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            int rank = keys.indexOf(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
            if (rank < 0 || rank >= bestRank) {
                continue;
            }
            PartialDate date = firstDated(line.substring(colon + 1).strip().replace("'", " ").replace("\"", " "));
            if (date != null) {
                bestRank = rank;
                best = date;
            }
        }
        return Optional.ofNullable(best);
    }

    private PartialDate firstDated(String value) {
        DateMention m = finder.firstWithYearAndMonth(MatchText.of(value));
        return m == null ? null : m.from();
    }

    private Optional<PartialDate> fromLine(String line) {
        if (!hasYearDigits(line)) {
            return Optional.empty(); // without an anchor, a year is only ever read from four digits in a row
        }
        MatchText text = MatchText.of(line);
        int lead = 0;
        while (lead < line.length() && !Character.isLetterOrDigit(line.charAt(lead))) {
            lead++;
        }
        PhraseMatch<Boolean> label = lead < line.length() ? lexicon.publicationLabels().longestAt(text, lead) : null;
        DateMention m = finder.firstWithYearAndMonth(text);
        if (m == null) {
            return Optional.empty();
        }
        if (label != null && m.start() >= label.end()) {
            return Optional.of(m.from());
        }
        String before = line.substring(Math.min(lead, m.start()), m.start()).strip();
        String after = withoutClockTime(line.substring(m.end()).strip());
        boolean loneDate = before.isEmpty() && after.length() <= MAX_TAIL_AFTER_LONE_DATE;
        boolean dateline = !before.isEmpty() && before.length() <= MAX_DATELINE_PREFIX
                && (endsWithDatelineMark(before) || TIME_STAMP.matcher(line).region(m.start(), m.end()).lookingAt());
        return loneDate || dateline ? Optional.of(m.from()) : Optional.empty();
    }

    /** What follows a date once a time of day and its zone are taken off ("4:12 PM GMT+7 Updated 2 hours ago"). */
    private static String withoutClockTime(String tail) {
        Matcher time = CLOCK_TIME.matcher(tail);
        return time.lookingAt() ? tail.substring(time.end()).strip() : tail;
    }

    /** Whether {@code line} has a run of at least four digits, as every year read without an anchor has. */
    static boolean hasYearDigits(String line) {
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = TextScan.isDigit(line.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithDatelineMark(String before) {
        char c = MatchText.lowerChar(before.charAt(before.length() - 1));
        return c == ',' || c == '-' || c == '|' || c == ':' || c == '·' || c == '•' || c == '–' || c == '—';
    }
}
