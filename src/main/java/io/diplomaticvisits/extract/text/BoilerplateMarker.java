package io.diplomaticvisits.extract.text;

import io.diplomaticvisits.extract.lexicon.TsvTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Marks the paragraphs that are page furniture rather than article: front matter, lines without a letter,
 * link-only and image lines, navigation, share/print buttons, photo credits and header stamps, a byline at the
 * end, and everything after a section marker that opens a list of other articles ("Có thể bạn quan tâm",
 * "Tin khác", "Read more"). The phrases are in {@code lexicon/boilerplate.tsv}; photo captions, interview
 * questions and headlines stay content.
 */
public final class BoilerplateMarker {

    private static final int MAX_KEY_LENGTH = 60;
    private static final int MAX_CREDIT_LENGTH = 100;
    private static final int MAX_STAMP_LENGTH = 80;
    private static final int MAX_NAVIGATION_LENGTH = 150;
    private static final int MAX_HEADLINE_LENGTH = 160;
    private static final int MAX_BLOCK_LINES = 10;
    private static final int MAX_NAME_LENGTH = 50;
    private static final int MIN_ARTICLE_PARAGRAPH = 40;

    private enum Kind { LINE, TAIL, BLOCK, PREFIX, CREDIT, BYLINE, DATEWORD, MONTH }

    private record Prefix(String folded, Kind kind) {
    }

    private final Map<String, Kind> wholeLines = new HashMap<>();
    private final Map<Character, List<Prefix>> prefixes = new HashMap<>();
    private final Set<String> datewords = new HashSet<>();
    private final Set<String> months = new HashSet<>();

    public BoilerplateMarker() {
        this(TsvTable.load("boilerplate.tsv"));
    }

    BoilerplateMarker(TsvTable table) {
        for (TsvTable.Row row : table.rows()) {
            Kind kind = Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
            String phrase = row.get("phrase");
            switch (kind) {
                case LINE, TAIL, BLOCK -> wholeLines.putIfAbsent(lineKey(phrase, 0, phrase.length()), kind);
                case PREFIX, CREDIT, BYLINE -> {
                    String folded = collapse(CharFolding.foldString(phrase.strip()));
                    prefixes.computeIfAbsent(folded.charAt(0), c -> new ArrayList<>()).add(new Prefix(folded, kind));
                }
                case DATEWORD -> datewords.add(CharFolding.foldString(phrase));
                case MONTH -> months.add(CharFolding.foldString(phrase));
            }
        }
        prefixes.values().forEach(list -> list.sort(Comparator.comparingInt((Prefix p) -> -p.folded().length())));
    }

    /** One flag per paragraph, true for page furniture. */
    public boolean[] mark(CharSequence text, List<ParagraphSpan> paragraphs) {
        int n = paragraphs.size();
        boolean[] furniture = new boolean[n];
        int frontMatterEnd = FrontMatter.end(text);
        boolean seenContent = false;
        boolean inTail = false;
        int blockLeft = 0;
        for (int i = 0; i < n; i++) {
            ParagraphSpan p = paragraphs.get(i);
            if (inTail) {
                furniture[i] = true;
                continue;
            }
            Kind kind = p.start() < frontMatterEnd ? Kind.LINE : classify(text, p.start(), p.end());
            if (kind == Kind.TAIL) {
                furniture[i] = true;
                inTail = seenContent;
            } else if (kind == Kind.BLOCK) {
                furniture[i] = true;
                blockLeft = MAX_BLOCK_LINES;
            } else if (kind != null) {
                furniture[i] = true;
            } else if (blockLeft > 0 && isHeadlineLike(text, p)) {
                furniture[i] = true;
                blockLeft--;
            } else {
                blockLeft = 0;
                seenContent = true;
            }
        }
        markClosingBylines(text, paragraphs, furniture);
        return furniture;
    }

    /** The kind of furniture a paragraph is, or null for content. */
    private Kind classify(CharSequence text, int start, int end) {
        if (!ParagraphSplitter.hasLetterOrDigit(text, start, end) || isLinkImageOrUrl(text, start, end)) {
            return Kind.LINE;
        }
        int s = start;
        while (!Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        int e = end;
        while (!Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        if (e - s <= MAX_KEY_LENGTH) {
            Kind kind = wholeLines.get(lineKey(text, s, e));
            if (kind != null) {
                return kind;
            }
        }
        Kind prefixed = prefixKind(text, s, end);
        if (prefixed != null) {
            return prefixed;
        }
        if (isNavigation(text, start, end) || isStamp(text, start, end)) {
            return Kind.LINE;
        }
        return null;
    }

    private Kind prefixKind(CharSequence text, int s, int end) {
        List<Prefix> candidates = prefixes.get(foldChar(text.charAt(s)));
        if (candidates == null) {
            return null;
        }
        for (Prefix prefix : candidates) {
            int after = matchPrefix(text, s, end, prefix.folded());
            if (after < 0) {
                continue;
            }
            switch (prefix.kind()) {
                case PREFIX -> {
                    return Kind.LINE;
                }
                case CREDIT -> {
                    if (end - s <= MAX_CREDIT_LENGTH) {
                        return Kind.LINE;
                    }
                }
                default -> {
                    int rest = after;
                    while (rest < end && (WhiteSpace.is(text.charAt(rest)) || ":-–,".indexOf(text.charAt(rest)) >= 0)) {
                        rest++;
                    }
                    if (rest < end && isNameLike(text, rest, trimNonAlnum(text, rest, end), 6)) {
                        return Kind.LINE;
                    }
                }
            }
        }
        return null;
    }

    /** The end of the matched prefix in the text, or -1; white space runs match one space. */
    private static int matchPrefix(CharSequence text, int s, int end, String folded) {
        int j = s;
        for (int k = 0; k < folded.length(); k++) {
            char pc = folded.charAt(k);
            if (pc == ' ') {
                if (j >= end || !WhiteSpace.is(text.charAt(j))) {
                    return -1;
                }
                j = WhiteSpace.skip(text, j, end);
            } else {
                if (j >= end || foldChar(text.charAt(j)) != pc) {
                    return -1;
                }
                j++;
            }
        }
        boolean wordPrefix = Character.isLetterOrDigit(folded.charAt(folded.length() - 1));
        if (wordPrefix && j < end && Character.isLetterOrDigit(text.charAt(j))) {
            return -1;
        }
        return j;
    }

    private static boolean isLinkImageOrUrl(CharSequence text, int start, int end) {
        char first = text.charAt(start);
        char last = text.charAt(end - 1);
        if ((first == '[' || first == '!' && end - start > 1 && text.charAt(start + 1) == '[') && last == ')') {
            return indexOf(text, start, end, "](") >= 0;
        }
        if (first == '<' && startsWith(text, start, end, "<!--")) {
            return last == '>';
        }
        if (startsWith(text, start, end, "http://") || startsWith(text, start, end, "https://")
                || startsWith(text, start, end, "www.")) {
            for (int i = start; i < end; i++) {
                if (WhiteSpace.is(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** A breadcrumb trail or a menu: short segments between at least two spaced {@code > » › |}. */
    private static boolean isNavigation(CharSequence text, int start, int end) {
        if (end - start > MAX_NAVIGATION_LENGTH || text.charAt(end - 1) == '.') {
            return false;
        }
        int separators = 0;
        int wordsInSegment = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c == '>' || c == '»' || c == '›' || c == '|') && i > start && i + 1 < end
                    && WhiteSpace.is(text.charAt(i - 1)) && WhiteSpace.is(text.charAt(i + 1))) {
                separators++;
                wordsInSegment = 0;
                inWord = false;
            } else if (WhiteSpace.is(c)) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                if (++wordsInSegment > 5) {
                    return false;
                }
            }
        }
        return separators >= 2;
    }

    /**
     * A date or time stamp line: "2 giờ trước", "Ban Thời sự - Thứ Hai, 03/02/2025 09:30 (GMT+7)",
     * "Hanoi, Sept. 10, 2023". A line of only date words and numbers, or a few other words next to a clock
     * time, a month name with a number, or a full date after a capitalised place or desk name.
     */
    private boolean isStamp(CharSequence text, int start, int end) {
        if (end - start > MAX_STAMP_LENGTH || text.charAt(end - 1) == '.') {
            return false;
        }
        boolean number = false;
        boolean time = false;
        boolean fullDate = false;
        boolean month = false;
        int others = 0;
        boolean othersCapitalised = true;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int parts = 1;
                boolean colon = false;
                int j = i;
                while (j < end) {
                    char d = text.charAt(j);
                    if (Character.isDigit(d)) {
                        j++;
                    } else if ((d == ':' || d == '/' || d == '-' || d == '.') && j + 1 < end
                            && Character.isDigit(text.charAt(j + 1))) {
                        colon |= d == ':';
                        parts++;
                        j++;
                    } else {
                        break;
                    }
                }
                int unit = timeUnitLength(text, j, end);
                if (unit > 0) {
                    colon = true;
                    j += unit;
                } else if (j < end && Character.isLetter(text.charAt(j))) {
                    others++;
                    while (j < end && Character.isLetterOrDigit(text.charAt(j))) {
                        j++;
                    }
                }
                number = true;
                time |= colon;
                fullDate |= parts >= 3 && !colon;
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < end && (Character.isLetter(text.charAt(j)) || isMark(text.charAt(j)))) {
                    j++;
                }
                String word = CharFolding.foldString(text.subSequence(i, j).toString());
                if (months.contains(word)) {
                    month = true;
                } else if (!datewords.contains(word)) {
                    others++;
                    othersCapitalised &= Character.isUpperCase(c);
                }
                i = j;
            } else {
                i++;
            }
        }
        if (!number) {
            return false;
        }
        return others == 0 || time && others <= 4 || month && others <= 2
                || fullDate && others <= 2 && othersCapitalised;
    }

    /** The length of a clock unit glued to a number ("13h38", "10g30", "5am"), or 0. */
    private static int timeUnitLength(CharSequence text, int i, int end) {
        if (i >= end) {
            return 0;
        }
        char c = Character.toLowerCase(text.charAt(i));
        boolean alone = i + 1 >= end || !Character.isLetter(text.charAt(i + 1));
        if ((c == 'h' || c == 'g') && alone) {
            return 1;
        }
        boolean meridiem = (c == 'a' || c == 'p') && i + 1 < end && Character.toLowerCase(text.charAt(i + 1)) == 'm';
        return meridiem && (i + 2 >= end || !Character.isLetter(text.charAt(i + 2))) ? 2 : 0;
    }

    private static boolean isHeadlineLike(CharSequence text, ParagraphSpan p) {
        char last = text.charAt(p.end() - 1);
        return p.length() <= MAX_HEADLINE_LENGTH && last != '.' && last != ':' && last != '…' && last != '!';
    }

    /** The last article line, when it is only a name or an agency ("Mạnh Quân", "TTXVN"), is a byline. */
    private static void markClosingBylines(CharSequence text, List<ParagraphSpan> paragraphs, boolean[] furniture) {
        int last = furniture.length - 1;
        while (last >= 0 && furniture[last]) {
            last--;
        }
        if (last <= 0) {
            return;
        }
        ParagraphSpan p = paragraphs.get(last);
        int s = p.start();
        while (!Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        int e = trimNonAlnum(text, s, p.end());
        boolean oneWord = indexOfSpace(text, s, e) < 0;
        if (!isNameLike(text, s, e, 5) || oneWord && e - s > 12) {
            return;
        }
        for (int i = 0; i < last; i++) {
            if (!furniture[i] && paragraphs.get(i).length() >= MIN_ARTICLE_PARAGRAPH) {
                furniture[last] = true;
                return;
            }
        }
    }

    /** One to {@code maxWords} capitalised words, no digits: "Mạnh Quân", "B.Đ.N", "John Smith and Jane Doe". */
    private static boolean isNameLike(CharSequence text, int s, int e, int maxWords) {
        if (e <= s || e - s > MAX_NAME_LENGTH) {
            return false;
        }
        int words = 0;
        int i = s;
        while (i < e) {
            i = WhiteSpace.skip(text, i, e);
            if (i >= e) {
                break;
            }
            int j = i;
            while (j < e && !WhiteSpace.is(text.charAt(j))) {
                j++;
            }
            if (!isNamePart(text, i, j)) {
                return false;
            }
            if (++words > maxWords) {
                return false;
            }
            i = j;
        }
        return words > 0;
    }

    private static boolean isNamePart(CharSequence text, int s, int e) {
        String word = text.subSequence(s, e).toString();
        if (word.equals("and") || word.equals("và") || word.equals("&")) {
            return true;
        }
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (!Character.isLetter(c) && !isMark(c) && ".-’',".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static int trimNonAlnum(CharSequence text, int s, int end) {
        int e = end;
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static int indexOfSpace(CharSequence text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (WhiteSpace.is(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static char foldChar(char c) {
        return CharFolding.fold(MatchText.lowerChar(c));
    }

    /** Folded, white space collapsed, without the punctuation around it: "Tin khác:" and "TIN KHÁC" → "tin khac". */
    private static String lineKey(CharSequence text, int start, int end) {
        int s = start;
        while (s < end && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        int e = trimNonAlnum(text, s, end);
        StringBuilder key = new StringBuilder(e - s);
        boolean space = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (WhiteSpace.is(c)) {
                space = true;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(foldChar(c));
        }
        return key.toString();
    }

    private static String collapse(String s) {
        return SpaceRuns.squeeze(s);
    }

    private static boolean startsWith(CharSequence text, int start, int end, String prefix) {
        if (end - start < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(text.charAt(start + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence text, int start, int end, String needle) {
        for (int i = start; i + needle.length() <= end; i++) {
            if (startsWith(text, i, i + needle.length(), needle)) {
                return i;
            }
        }
        return -1;
    }
}
