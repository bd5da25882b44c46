package io.diplomaticvisits.extract.text;

import io.diplomaticvisits.extract.lexicon.TsvTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits a paragraph into sentences at {@code . ! ? …} followed by white space and a word that does not go on
 * in lower case, and at the paragraph end. A full stop after an abbreviation ({@code lexicon/abbreviations.tsv}),
 * an initial ("J. Biden") or a dotted acronym ("U.S.", "Ph.D.") ends a sentence only before a usual sentence
 * opening ({@code lexicon/sentence_starters.tsv}); a full stop inside a number or a name ("8.3%", "TP.HCM") never
 * does. Sentences are trimmed of white space; offsets point into the prepared text.
 */
public final class SentenceSplitter {

    private static final int MAX_TOKEN = 40;
    private static final int MAX_STARTER = 15;
    private static final int MAX_TRAILING_CREDIT = 30;

    private enum Abbreviation { TITLE, INNER, FINAL }

    private final Map<String, Abbreviation> abbreviations = new HashMap<>();
    private final Set<String> starters = new HashSet<>();

    public SentenceSplitter() {
        this(TsvTable.load("abbreviations.tsv"), TsvTable.load("sentence_starters.tsv"));
    }

    SentenceSplitter(TsvTable abbreviationTable, TsvTable starterTable) {
        for (TsvTable.Row row : abbreviationTable.rows()) {
            Abbreviation kind = Abbreviation.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
            row.list("abbreviation").forEach(a -> abbreviations.putIfAbsent(a, kind));
        }
        starterTable.rows().forEach(row -> starters.add(row.get("word")));
    }

    /** The sentences of every paragraph, numbered through the document. */
    public List<Sentence> split(CharSequence text, List<Paragraph> paragraphs) {
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            splitInto(text, p.index(), p.start(), p.end(), out);
        }
        return out;
    }

    /** The sentences of one paragraph, numbered from 0. */
    public List<Sentence> split(CharSequence text, Paragraph paragraph) {
        List<Sentence> out = new ArrayList<>();
        splitInto(text, paragraph.index(), paragraph.start(), paragraph.end(), out);
        return out;
    }

    /** Appends the sentences of {@code text[start, end)} to {@code out}, each numbered by its position there. */
    public void splitInto(CharSequence text, int paragraph, int start, int end, List<Sentence> out) {
        int first = out.size();
        int sentenceStart = start;
        int i = start;
        while (i < end) {
            if (!isTerminator(text.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < end && isTerminator(text.charAt(runEnd))) {
                runEnd++;
            }
            int close = runEnd;
            while (close < end && isCloser(text.charAt(close))) {
                close++;
            }
            if (close < end && endsSentence(text, sentenceStart, i, runEnd, close, end)) {
                add(text, paragraph, sentenceStart, close, out);
                sentenceStart = close;
            }
            i = close;
        }
        if (isTrailingCredit(text, sentenceStart, end) && out.size() > first) {
            Sentence last = out.remove(out.size() - 1);
            out.add(new Sentence(last.index(), paragraph, last.start(), WhiteSpace.trimEnd(text, last.start(), end)));
        } else {
            add(text, paragraph, sentenceStart, end, out);
        }
    }

    private boolean endsSentence(CharSequence text, int sentenceStart, int stop, int runEnd, int close, int end) {
        boolean singleStop = runEnd - stop == 1 && text.charAt(stop) == '.';
        if (!WhiteSpace.is(text.charAt(close))) {
            return singleStop && close == runEnd && isGluedSentenceStart(text, sentenceStart, stop, end);
        }
        int next = close;
        while (next < end && (WhiteSpace.is(text.charAt(next)) || text.charAt(next) == '*' || text.charAt(next) == '_')) {
            next++;
        }
        if (next >= end) {
            return true;
        }
        if (Character.isLowerCase(text.charAt(next))) {
            return false;
        }
        if (!singleStop) {
            return true;
        }
        int tokenStart = stop;
        while (tokenStart > sentenceStart && stop - tokenStart <= MAX_TOKEN && isTokenChar(text.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        if (tokenStart == stop || stop - tokenStart > MAX_TOKEN) {
            return true;
        }
        String token = text.subSequence(tokenStart, stop).toString();
        if (isListNumber(token) && tokenStart == WhiteSpace.skip(text, sentenceStart, stop)) {
            return false;
        }
        Abbreviation kind = abbreviations.get(token);
        if (kind == null && isInitialOrDottedAcronym(token)) {
            kind = Abbreviation.INNER;
        }
        if (kind == null) {
            return true;
        }
        return switch (kind) {
            case TITLE -> false;
            case FINAL -> true;
            case INNER -> startsWithStarter(text, next, end);
        };
    }

    /** "...Việt Nam.Hai bên": a word, a full stop and a capitalised word with no space, as scraped text has. */
    private boolean isGluedSentenceStart(CharSequence text, int sentenceStart, int stop, int end) {
        int after = stop + 1;
        if (after + 1 >= end || !Character.isUpperCase(text.charAt(after)) || !Character.isLowerCase(text.charAt(after + 1))) {
            return false;
        }
        int letters = 0;
        int j = stop;
        while (j > sentenceStart && Character.isLetter(text.charAt(j - 1))) {
            j--;
            letters++;
        }
        boolean wordBefore = letters >= 2 && Character.isLowerCase(text.charAt(stop - 1));
        return wordBefore && (j == sentenceStart || text.charAt(j - 1) != '.')
                && !abbreviations.containsKey(text.subSequence(j, stop).toString());
    }

    private boolean startsWithStarter(CharSequence text, int from, int end) {
        int s = from;
        while (s < end && "\"“‘'(«".indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        int e = s;
        while (e < end && e - s <= MAX_STARTER && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e > s && e - s <= MAX_STARTER && starters.contains(text.subSequence(s, e).toString());
    }

    /** "J", "K", "U.S", "Ph.D", "B.Đ.N": an initial, or short letter groups joined by full stops. */
    private static boolean isInitialOrDottedAcronym(String token) {
        if (token.length() == 1) {
            return Character.isLetter(token.charAt(0));
        }
        if (token.indexOf('.') < 0) {
            return false;
        }
        int group = 0;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (c == '.') {
                if (group == 0) {
                    return false;
                }
                group = 0;
            } else if (Character.isLetter(c) && ++group <= 3) {
                continue;
            } else {
                return false;
            }
        }
        return group >= 1 && group <= 2;
    }

    private static boolean isListNumber(String token) {
        if (token.length() > 3) {
            return false;
        }
        for (int k = 0; k < token.length(); k++) {
            if (!Character.isDigit(token.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A short parenthesis closing the paragraph, such as "(VNA)" or "(Photo: VNA)", belongs to the last sentence. */
    private static boolean isTrailingCredit(CharSequence text, int start, int end) {
        int s = WhiteSpace.skip(text, start, end);
        int e = WhiteSpace.trimEnd(text, s, end);
        if (e - s < 3 || e - s > MAX_TRAILING_CREDIT || text.charAt(s) != '(' || text.charAt(e - 1) != ')') {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (isTerminator(text.charAt(i)) && text.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    private static void add(CharSequence text, int paragraph, int start, int end, List<Sentence> out) {
        int s = WhiteSpace.skip(text, start, end);
        int e = WhiteSpace.trimEnd(text, s, end);
        if (s < e) {
            out.add(new Sentence(out.size(), paragraph, s, e));
        }
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '*';
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
