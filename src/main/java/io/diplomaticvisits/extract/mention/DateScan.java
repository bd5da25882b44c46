package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.lexicon.PhraseMatch;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static io.diplomaticvisits.extract.mention.DateWord.DASH;
import static io.diplomaticvisits.extract.mention.DateWord.Kind.CUE;
import static io.diplomaticvisits.extract.mention.DateWord.Kind.DAY_WORD;
import static io.diplomaticvisits.extract.mention.DateWord.Kind.LINK;
import static io.diplomaticvisits.extract.mention.DateWord.Kind.MODIFIER;
import static io.diplomaticvisits.extract.mention.DateWord.Kind.MONTH;
import static io.diplomaticvisits.extract.mention.DateWord.Kind.MONTH_WORD;
import static io.diplomaticvisits.extract.mention.DateWord.Kind.PART_OF_DAY;
import static io.diplomaticvisits.extract.mention.DateWord.Kind.RANGE_AND;
import static io.diplomaticvisits.extract.mention.DateWord.Kind.RANGE_TO;
import static io.diplomaticvisits.extract.mention.DateWord.Kind.RELATIVE;
import static io.diplomaticvisits.extract.mention.DateWord.Kind.WEEKDAY;
import static io.diplomaticvisits.extract.mention.DateWord.Kind.YEAR_WORD;
import static io.diplomaticvisits.extract.mention.DateWord.RANGE;
import static io.diplomaticvisits.extract.mention.DateWord.YEAR;
import static io.diplomaticvisits.extract.mention.TextScan.digitAt;
import static io.diplomaticvisits.extract.mention.TextScan.digitsEnd;
import static io.diplomaticvisits.extract.mention.TextScan.intValue;
import static io.diplomaticvisits.extract.mention.TextScan.isDigit;

/**
 * One pass of {@link DateFinder} over one text: a left-to-right scan that stops only at digits and listed words,
 * and from there reads one date expression by hand (prefix words, a date, an optional second end of a range).
 * Not thread-safe; one instance per call.
 */
final class DateScan {

    /** The longest word a bracket may hold alone and still be a date: "(September)". */
    private static final int MAX_BRACKETED_WORD = 10;
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 2199;
    /** Bare four-digit years ("in 2011", "1973-2023") are believed only in this span. */
    private static final int MIN_PLAIN_YEAR = 1800;
    private static final int MAX_PLAIN_YEAR = 2100;
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final DateLexicon lexicon;
    private final MatchText text;
    private final String s;
    private final String original;
    private final int n;
    private final RelativeDates relative;
    private final List<DateMention> out = new ArrayList<>();
    /** Where the sentence first looks ahead ("will", "sẽ"); read when a weekday alone is first met. */
    private int futureWord = UNREAD;
    private static final int UNREAD = -2;
    /** How far after a weekday a word that looks ahead may stand and still be of the weekday's clause. */
    private static final int FUTURE_AFTER_REACH = 100;
    /** A weekday after "until"/"đến" closes the range opened by a date this close before it. */
    private static final int WEEKDAY_RANGE_GAP = 80;

    DateScan(DateLexicon lexicon, MatchText text, PartialDate anchor) {
        this.lexicon = lexicon;
        this.text = text;
        this.s = text.lower();
        this.original = text.original();
        this.n = s.length();
        this.relative = new RelativeDates(anchor);
    }

    List<DateMention> run() {
        scan(null);
        return out;
    }

    /** The first date that is {@code wanted}, or null; the scan stops there, since later dates never change it. */
    DateMention first(Predicate<DateMention> wanted) {
        return scan(wanted);
    }

    private DateMention scan(Predicate<DateMention> wanted) {
        int i = 0;
        int checked = 0;
        while (i < n) {
            for (; wanted != null && checked < out.size(); checked++) {
                if (wanted.test(out.get(checked))) {
                    return out.get(checked);
                }
            }
            char c = s.charAt(i);
            if (isDigit(c)) {
                if (TextScan.numberMayStartAt(s, i)) {
                    int end = expressionAt(i);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
                i = TextScan.numericClusterEnd(s, i);
            } else if (Character.isLetter(c) && text.isWordStart(i)) {
                int url = TextScan.urlEnd(s, i);
                if (url > i) {
                    i = url;
                    continue;
                }
                PhraseMatch<DateWord> w = lexicon.wordAt(text, i);
                if (w != null && w.value().canOpen()) {
                    int end = expressionAt(i);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
                i = w != null ? w.end() : TextScan.wordEnd(original, i);
            } else {
                i++;
            }
        }
        for (; wanted != null && checked < out.size(); checked++) {
            if (wanted.test(out.get(checked))) {
                return out.get(checked);
            }
        }
        return null;
    }

    /** Whether {@code p} opens a short bracket holding one word or number: "(October)", "(2008)". */
    private boolean aloneInBrackets(int p) {
        if (p == 0 || s.charAt(p - 1) != '(') {
            return false;
        }
        for (int i = p; i < n && i - p <= MAX_BRACKETED_WORD; i++) {
            char c = s.charAt(i);
            if (c == ')') {
                return i > p;
            }
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /** What came before the date itself: "từ", "Chiều", "13h38", "Thứ Ba (", "ngày". */
    private static final class Prefix {
        int start = -1;
        int licences;
        boolean time;
        boolean partOfDay;
        boolean dayWord;
        boolean paren;
        Integer modifier;
        int weekday;
        int weekdayEnd;

        void mark(int at) {
            if (start < 0) {
                start = at;
            }
        }
    }

    /** Reads one expression at {@code p0} and records it; returns its end, or -1 when there is none. */
    private int expressionAt(int p0) {
        Prefix pre = new Prefix();
        int p = p0;
        while (p < n) {
            if (isDigit(s.charAt(p))) {
                int t = pre.time ? -1 : timeEnd(p);
                if (t < 0) {
                    break;
                }
                pre.time = true;
                pre.mark(p);
                p = skip(t);
                if (p < n && s.charAt(p) == ',') {
                    p = skip(p + 1);
                }
                continue;
            }
            PhraseMatch<DateWord> w = wordAt(p);
            if (w == null) {
                break;
            }
            DateWord d = w.value();
            if (d.is(RELATIVE) && pre.weekday == 0) {
                return relativeAt(pre, w);
            }
            if (d.is(CUE) && pre.start < 0) {
                pre.licences |= d.value(CUE);
                p = skip(w.end());
                if (p < n && s.charAt(p) == '-') {
                    p = skip(p + 1);
                }
            } else if (d.is(LINK)) {
                p = skip(w.end());
            } else if (d.is(MODIFIER) && pre.start < 0 && opensWeekdayOrMonth(skip(w.end()))) {
                pre.modifier = d.value(MODIFIER);
                pre.mark(w.start());
                p = skip(w.end());
            } else if (d.is(PART_OF_DAY) && !pre.partOfDay) {
                pre.partOfDay = true;
                pre.mark(w.start());
                pre.licences |= DASH;
                p = skip(w.end());
            } else if (d.is(WEEKDAY) && pre.weekday == 0) {
                pre.weekday = d.value(WEEKDAY);
                pre.weekdayEnd = w.end();
                pre.mark(w.start());
                pre.licences |= DASH;
                p = skip(w.end());
                if (p < n && s.charAt(p) == ',') {
                    p = skip(p + 1);
                }
                if (p < n && s.charAt(p) == '(') {
                    pre.paren = true;
                    p = skip(p + 1);
                }
            } else if (d.is(DAY_WORD) && !pre.dayWord) {
                pre.dayWord = true;
                pre.mark(w.start());
                pre.licences |= DASH;
                p = skip(w.end());
            } else {
                break;
            }
        }
        if (p == p0 && aloneInBrackets(p0)) {
            pre.licences |= YEAR | DateWord.MONTH; // "France (October)", "China (2008)": a date said by itself
        }
        boolean cued = pre.start >= 0 || pre.licences != 0;
        Atom a = atomAt(p, pre.licences, cued, (pre.licences & YEAR) != 0, pre.modifier);
        if (a != null) {
            a = withRange(a, pre.licences);
        }
        if (a == null) {
            return pre.weekday != 0 ? relativeWeekdayAt(pre) : -1;
        }
        int start = pre.start >= 0 ? pre.start : a.start;
        int end = a.end;
        if (pre.paren) {
            int q = skip(end);
            if (q < n && s.charAt(q) == ')') {
                end = q + 1;
            }
        }
        if (!pre.partOfDay) {
            end = partOfDaySuffixEnd(end);
        }
        end = withRelativeYear(a, end);
        PartialDate from = a.date();
        out.add(new DateMention(start, end, from, a.to == null ? from : a.to.date()));
        return end;
    }

    /**
     * A month without a year followed by the year it is in relative to the anchor: "April 4 this year", "in May of
     * last year", "tháng 1 năm nay", "tháng 3 vừa qua", "tháng 10 tới". Sets the year and returns the new end.
     */
    private int withRelativeYear(Atom a, int end) {
        if (a.year != null || a.month == null || a.to != null && (a.to.year != null || a.to.month < a.month)) {
            return end;
        }
        int q = skip(end);
        if (s.startsWith("of ", q)) {
            q = skip(q + 3);
        }
        PhraseMatch<DateWord> w = wordAt(q);
        if (w == null) {
            return end;
        }
        Integer year = null;
        if (w.value().is(RELATIVE) && w.value().relativeUnit() == DateWord.Unit.YEAR) {
            PartialDate[] shifted = relative.shift(DateWord.Unit.YEAR, w.value().value(RELATIVE));
            year = shifted == null ? null : shifted[0].year();
        } else if (w.value().is(MODIFIER) && !opensWeekdayOrMonth(skip(w.end()))) {
            year = relative.yearOfMonthAround(a.month, w.value().value(MODIFIER));
        }
        if (year == null) {
            return end;
        }
        a.year = year;
        if (a.to != null) {
            a.to.year = year;
        }
        return w.end();
    }

    private boolean opensWeekdayOrMonth(int p) {
        PhraseMatch<DateWord> w = wordAt(p);
        return w != null && (w.value().is(WEEKDAY) || w.value().is(MONTH));
    }

    // ---------------------------------------------------------------- relative expressions

    private int relativeAt(Prefix pre, PhraseMatch<DateWord> w) {
        int b = w.start() - 1;
        while (b >= 0 && s.charAt(b) == ' ') {
            b--;
        }
        if (b >= 0 && isDigit(s.charAt(b))) {
            return -1; // "3 tuần trước" is a span of time, not last week
        }
        PartialDate[] range = relative.shift(w.value().relativeUnit(), w.value().value(RELATIVE));
        if (range == null) {
            return -1;
        }
        int start = pre.start >= 0 ? pre.start : w.start();
        out.add(new DateMention(start, w.end(), range[0], range[1]));
        return w.end();
    }

    private int relativeWeekdayAt(Prefix pre) {
        int end = pre.weekdayEnd;
        Integer modifier = pre.modifier;
        Integer weekOffset = null;
        PhraseMatch<DateWord> w = wordAt(skip(end));
        if (w != null) {
            DateWord d = w.value();
            if (d.is(RELATIVE) && d.relativeUnit() == DateWord.Unit.WEEK) {
                weekOffset = d.value(RELATIVE);
                end = w.end();
            } else if (d.is(MODIFIER) && modifier == null && !opensWeekdayOrMonth(skip(w.end()))) {
                modifier = d.value(MODIFIER);
                end = w.end();
            }
        }
        if (modifier == null && weekOffset == null) {
            DateMention opening = rangeOpeningBefore(pre.start);
            if (opening != null) {
                PartialDate last = RelativeDates.weekdayAfter(opening.to(), pre.weekday);
                if (last != null) {
                    out.set(out.size() - 1, new DateMention(opening.start(), end, opening.from(), last));
                    return end;
                }
            }
            if (looksAhead(pre.start, end)) {
                PartialDate day = relative.weekdayOnOrAfterAnchor(pre.weekday);
                if (day == null) {
                    return -1;
                }
                out.add(new DateMention(pre.start, end, day, day));
                return end;
            }
        }
        PartialDate day = relative.weekday(pre.weekday, modifier, weekOffset);
        if (day == null) {
            return -1;
        }
        out.add(new DateMention(pre.start, end, day, day));
        return end;
    }

    /**
     * The date that a weekday at {@code at} closes as the end of a range ("arrived on Thursday for a visit lasting
     * until Saturday"): the last date read, a whole day, when "until"/"đến" stands right before the weekday.
     */
    private DateMention rangeOpeningBefore(int at) {
        if (out.isEmpty()) {
            return null;
        }
        DateMention last = out.get(out.size() - 1);
        if (last.to() == null || last.to().day() == null || at - last.end() > WEEKDAY_RANGE_GAP) {
            return null;
        }
        int b = at - 1;
        while (b > last.end() && s.charAt(b) == ' ') {
            b--;
        }
        int wordStart = b;
        while (wordStart > last.end() && Character.isLetter(s.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart > b) {
            return null;
        }
        PhraseMatch<DateWord> w = wordAt(wordStart);
        boolean until = w != null && w.end() == b + 1 && (w.value().is(RANGE_TO) || s.startsWith("until", wordStart)
                || s.startsWith("till", wordStart));
        return until ? last : null;
    }

    /**
     * A weekday is the coming one after a word that looks ahead ("will meet ... on Saturday"), or when it opens a
     * clause that goes on to one ("On Wednesday, the minister will meet ...").
     */
    private boolean looksAhead(int at, int end) {
        if (futureWord == UNREAD) {
            futureWord = lexicon.firstFutureWord(text);
        }
        if (futureWord < 0) {
            return false;
        }
        if (futureWord < at) {
            return true;
        }
        int next = lexicon.futureWordAfter(text, end);
        return next >= 0 && next - end <= FUTURE_AFTER_REACH;
    }

    // ---------------------------------------------------------------- one date

    /** A date read from the text; {@code to} is set for a range read in one piece ("January 20-23", "1973-2023"). */
    private static final class Atom {
        int start;
        int end;
        Integer year;
        Integer month;
        Integer day;
        Atom to;

        Atom(int start, int end, Integer year, Integer month, Integer day) {
            this.start = start;
            this.end = end;
            this.year = year;
            this.month = month;
            this.day = day;
        }

        boolean dayOnly() {
            return day != null && month == null && to == null;
        }

        boolean yearOnly() {
            return year != null && month == null && day == null && to == null;
        }

        PartialDate date() {
            return new PartialDate(year, month, day);
        }
    }

    private Atom atomAt(int p, int licences, boolean cued, boolean yearOk, Integer modifier) {
        if (p >= n) {
            return null;
        }
        if (isDigit(s.charAt(p))) {
            return numericAt(p, licences, cued, yearOk);
        }
        PhraseMatch<DateWord> w = wordAt(p);
        if (w == null) {
            return null;
        }
        DateWord d = w.value();
        if (d.is(MONTH_WORD)) {
            return vietnameseMonthAt(w.start(), w.end());
        }
        if (d.is(YEAR_WORD)) {
            int q = skip(w.end());
            int e = yearEnd(q, MIN_YEAR, MAX_YEAR);
            return e < 0 ? null : new Atom(w.start(), e, intValue(s, q, e), null, null);
        }
        if (d.is(MONTH)) {
            return englishMonthAt(w, licences, modifier);
        }
        return null;
    }

    private Atom numericAt(int p, int licences, boolean cued, boolean yearOk) {
        int e1 = digitsEnd(s, p);
        int len1 = e1 - p;
        if (len1 == 4) {
            return fourDigitsAt(p, e1, yearOk);
        }
        if (len1 > 2) {
            return null;
        }
        int n1 = intValue(s, p, e1);
        Atom english = dayFirstEnglishAt(p, e1, n1);
        if (english != null) {
            return english;
        }
        char sep = e1 < n ? s.charAt(e1) : 0;
        if ((sep == '/' || sep == '-' || sep == '.') && digitAt(s, e1 + 1)) {
            return dayMonthAt(p, e1, n1, sep, licences, cued);
        }
        if (sep == '.') {
            Atom spaced = spacedDotsAt(p, e1, n1);
            if (spaced != null) {
                return spaced;
            }
        }
        if ((licences & DASH) != 0) {
            Atom spelled = spelledDayMonthAt(p, e1, n1);
            if (spelled != null) {
                return spelled;
            }
        }
        return dayOnlyAt(p, e1, n1);
    }

    /** ISO "2024-06-19", a year range "1973-2023", or a year after a cue ("in 2011"). */
    private Atom fourDigitsAt(int p, int e1, boolean yearOk) {
        int v1 = intValue(s, p, e1);
        if (e1 < n && s.charAt(e1) == '-' && digitAt(s, e1 + 1)) {
            int e2 = digitsEnd(s, e1 + 1);
            int len2 = e2 - e1 - 1;
            if (len2 <= 2 && e2 < n && s.charAt(e2) == '-' && digitAt(s, e2 + 1)) {
                int e3 = digitsEnd(s, e2 + 1);
                boolean timeFollows = e3 < n && s.charAt(e3) == 't' && digitAt(s, e3 + 1);
                if (e3 - e2 - 1 > 2 || !(dateEndOk(e3) || timeFollows) || v1 < MIN_YEAR || v1 > MAX_YEAR) {
                    return null;
                }
                int m = intValue(s, e1 + 1, e2);
                int d = intValue(s, e2 + 1, e3);
                return valid(d, m, v1) ? new Atom(p, e3, v1, m, d) : null;
            }
            if (len2 == 4 && dateEndOk(e2)) {
                int v2 = intValue(s, e1 + 1, e2);
                if (v1 >= MIN_PLAIN_YEAR && v1 < v2 && v2 <= MAX_PLAIN_YEAR) {
                    Atom a = new Atom(p, e2, v1, null, null);
                    a.to = new Atom(e1 + 1, e2, v2, null, null);
                    return a;
                }
            }
            return null;
        }
        if (yearOk && v1 >= MIN_PLAIN_YEAR && v1 <= MAX_PLAIN_YEAR && dateEndOk(e1)) {
            return new Atom(p, e1, v1, null, null);
        }
        return null;
    }

    /** "19. 1. 2025", day, month and year with a dot and a space between (Czech, Slovak and German pages). */
    private Atom spacedDotsAt(int p, int e1, int n1) {
        int m1 = dotSpaceDigits(e1);
        int e2 = m1 < 0 ? -1 : digitsEnd(s, m1);
        if (e2 < 0 || e2 - m1 > 2) {
            return null;
        }
        int y1 = dotSpaceDigits(e2);
        int e3 = y1 < 0 ? -1 : digitsEnd(s, y1);
        if (e3 < 0 || e3 - y1 != 4 || !dateEndOk(e3)) {
            return null;
        }
        int m = intValue(s, m1, e2);
        int y = intValue(s, y1, e3);
        return y >= MIN_YEAR && y <= MAX_YEAR && valid(n1, m, y) ? new Atom(p, e3, y, m, n1) : null;
    }

    /** Where the digits after ". " at {@code e} begin, or -1. */
    private int dotSpaceDigits(int e) {
        return e + 2 < n && s.charAt(e) == '.' && s.charAt(e + 1) == ' ' && digitAt(s, e + 2) ? e + 2 : -1;
    }

    /** "25/7", "19/7/2024", "17-6", "12.8", "25-3-1971"; the first day of "11-15/10". */
    private Atom dayMonthAt(int p, int e1, int n1, char sep, int licences, boolean cued) {
        int e2 = digitsEnd(s, e1 + 1);
        if (e2 - e1 - 1 > 2) {
            return null; // "3/2018" is a month only after "tháng"; "151/2025" is a number
        }
        int n2 = intValue(s, e1 + 1, e2);
        char sep2 = e2 < n ? s.charAt(e2) : 0;
        boolean third = (sep2 == '/' || sep2 == '-' || sep2 == '.') && digitAt(s, e2 + 1);
        if (third && sep == '-' && sep2 != '-') {
            return dayOnlyAt(p, e1, n1);
        }
        if (third && sep2 == sep) {
            int e3 = digitsEnd(s, e2 + 1);
            if (e3 - e2 - 1 != 4 || !dateEndOk(e3)) {
                return null;
            }
            int y = intValue(s, e2 + 1, e3);
            if (y < MIN_YEAR || y > MAX_YEAR) {
                return null;
            }
            if (valid(n1, n2, y)) {
                return new Atom(p, e3, y, n2, n1);
            }
            // "3/13/2025": no month 13, so the American order, month first (English pages of Vietnamese sites).
            return sep == '/' && n2 > 12 && valid(n2, n1, y) ? new Atom(p, e3, y, n1, n2) : null;
        }
        if (third && sep2 != '-') {
            return null;
        }
        if (!third && !dateEndOk(e2)) {
            return null;
        }
        if (sep != '/' && (licences & DASH) == 0) {
            return null; // "3-1", "8.5" are scores and decimals unless a date word comes first
        }
        if (sep == '/' && !cued && (n1 < n2 && n2 <= 4 || n1 == 24 && n2 == 7)) {
            return null; // "1/2 số", "3/4": fractions; "24/7": round the clock
        }
        return valid(n1, n2, null) ? new Atom(p, e2, null, n2, n1) : null;
    }

    /** The first day of a range, "5" or "5th": kept only if a day with a month closes the range. */
    private Atom dayOnlyAt(int p, int e1, int n1) {
        int e = ordinalEnd(e1);
        if (n1 < 1 || n1 > 31 || !dateEndOk(e)) {
            return null;
        }
        return new Atom(p, e, null, null, n1);
    }

    /** "10 September 2023", "8th of August", and the first day of "10-12 September". */
    private Atom dayFirstEnglishAt(int p, int e1, int n1) {
        if (n1 < 1 || n1 > 31) {
            return null;
        }
        int e = ordinalEnd(e1);
        if (e < n && s.charAt(e) == '-' && digitAt(s, e + 1)) {
            int e2 = digitsEnd(s, e + 1);
            int after = ordinalEnd(e2);
            int q = skip(after);
            PhraseMatch<DateWord> w = q > after ? wordAt(q) : null;
            return e2 - e - 1 <= 2 && w != null && w.value().is(MONTH) ? dayOnlyAt(p, e1, n1) : null;
        }
        int q = skip(e);
        if (q == e) {
            return null;
        }
        PhraseMatch<DateWord> w = wordAt(q);
        if (w != null && w.value().is(LINK)) {
            w = wordAt(skip(w.end()));
        }
        if (w == null || !w.value().is(MONTH)) {
            return null;
        }
        int month = w.value().value(MONTH);
        int end = monthNameEnd(w);
        Integer year = null;
        int y = yearAfter(end);
        if (y > 0) {
            year = intValue(s, y - 4, y);
            end = y;
        }
        return valid(n1, month, year) ? new Atom(p, end, year, month, n1) : null;
    }

    /** "ngày 2 tháng 9 năm 1945": the number before "tháng" is the day. */
    private Atom spelledDayMonthAt(int p, int e1, int n1) {
        int q = skip(e1);
        if (q == e1) {
            return null;
        }
        PhraseMatch<DateWord> w = wordAt(q);
        if (w == null || !w.value().is(MONTH_WORD)) {
            return null;
        }
        Atom a = vietnameseMonthAt(p, w.end());
        if (a == null || a.month == null || !valid(n1, a.month, a.year)) {
            return null;
        }
        a.day = n1;
        return a;
    }

    /** After "tháng": "3/2018", "11-2013", "3.2024", "9 năm 1945", or the month alone. */
    private Atom vietnameseMonthAt(int start, int after) {
        int q = skip(after);
        if (!digitAt(s, q)) {
            return null;
        }
        int e = digitsEnd(s, q);
        int m = intValue(s, q, Math.min(e, q + 3));
        if (e - q > 2 || m < 1 || m > 12) {
            return null;
        }
        char c = e < n ? s.charAt(e) : 0;
        if ((c == '/' || c == '-' || c == '.') && digitAt(s, e + 1)) {
            int ye = yearEnd(e + 1, MIN_YEAR, MAX_YEAR);
            return ye < 0 ? null : new Atom(start, ye, intValue(s, e + 1, ye), m, null);
        }
        if (!dateEndOk(e)) {
            return null;
        }
        PhraseMatch<DateWord> w = wordAt(skip(e));
        if (w != null && w.value().is(YEAR_WORD)) {
            int t = skip(w.end());
            int ye = yearEnd(t, MIN_YEAR, MAX_YEAR);
            if (ye > 0) {
                return new Atom(start, ye, intValue(s, t, ye), m, null);
            }
        }
        return new Atom(start, e, null, m, null);
    }

    /** "August 10", "Sept. 10, 2023", "January 20-23", "Jan 5–8, 2024", "March 2018", "in March". */
    private Atom englishMonthAt(PhraseMatch<DateWord> w, int licences, Integer modifier) {
        int month = w.value().value(MONTH);
        int e = monthNameEnd(w);
        int q = skip(e);
        if (digitAt(s, q) && (q > e || s.charAt(e - 1) == '.')) {
            int de = digitsEnd(s, q);
            if (de - q == 4) {
                int year = intValue(s, q, de);
                if (year >= MIN_PLAIN_YEAR && year <= MAX_PLAIN_YEAR && dateEndOk(de)) {
                    return new Atom(w.start(), de, year, month, null);
                }
            } else if (de - q <= 2) {
                Atom a = englishDayAt(w.start(), month, q, de);
                if (a != null) {
                    return a;
                }
            }
        }
        if ((licences & DateWord.MONTH) == 0 && modifier == null) {
            return null;
        }
        Integer year = modifier == null ? null : relative.yearOfMonth(month, modifier);
        return new Atom(w.start(), e, year, month, null);
    }

    private Atom englishDayAt(int start, int month, int q, int de) {
        int d1 = intValue(s, q, de);
        int end = ordinalEnd(de);
        if (d1 < 1 || d1 > 31 || !dateEndOk(end)) {
            return null;
        }
        Atom a = new Atom(start, end, null, month, d1);
        int r = skip(end);
        int t = -1;
        if (r < n && s.charAt(r) == '-') {
            t = skip(r + 1);
        } else {
            PhraseMatch<DateWord> join = wordAt(r);
            if (join != null && (join.value().is(RANGE_TO) || join.value().is(RANGE_AND))) {
                t = skip(join.end());
            }
        }
        if (t > 0 && digitAt(s, t)) {
            int d2e = digitsEnd(s, t);
            int d2end = ordinalEnd(d2e);
            int d2 = intValue(s, t, Math.min(d2e, t + 3));
            PhraseMatch<DateWord> next = wordAt(skip(d2end));
            boolean monthFollows = next != null && next.value().is(MONTH);
            if (d2e - t <= 2 && d2 > d1 && d2 <= 31 && dateEndOk(d2end) && !monthFollows) {
                a.to = new Atom(t, d2end, null, month, d2);
                a.end = d2end;
            }
        }
        int y = yearAfter(a.end);
        if (y > 0) {
            a.year = intValue(s, y - 4, y);
            if (a.to != null) {
                a.to.year = a.year;
            }
            a.end = y;
        }
        if (!valid(d1, month, a.year) || (a.to != null && !valid(a.to.day, month, a.year))) {
            return null;
        }
        return a;
    }

    // ---------------------------------------------------------------- ranges

    /** Extends {@code a} to a range when a joiner and a second date follow; a lone day is dropped. */
    private Atom withRange(Atom a, int licences) {
        if (a.to != null) {
            return a;
        }
        int q = skip(a.end);
        int r;
        if (q < n && s.charAt(q) == '-') {
            r = q + 1;
        } else {
            PhraseMatch<DateWord> w = wordAt(q);
            if (w == null) {
                return single(a);
            }
            DateWord d = w.value();
            boolean and = d.is(RANGE_AND) && (a.dayOnly() || (a.yearOnly() && (licences & RANGE) != 0));
            if (!d.is(RANGE_TO) && !and) {
                return single(a);
            }
            r = w.end();
        }
        r = skip(r);
        PhraseMatch<DateWord> dayWord = wordAt(r);
        if (dayWord != null && (dayWord.value().is(DAY_WORD) || dayWord.value().is(LINK))) {
            r = skip(dayWord.end()); // "đến ngày 9/7", "to the 9th of July"
        }
        int licences2 = (licences & (DASH | RANGE)) != 0 ? licences | DASH : licences;
        Atom b = atomAt(r, licences2, true, a.yearOnly(), null);
        Atom joined = b == null || b.to != null || b.dayOnly() ? null : join(a, b);
        return joined != null ? joined : single(a);
    }

    private static Atom single(Atom a) {
        return a.dayOnly() ? null : a;
    }

    /** The two ends with the parts one of them lacks taken from the other: "22 đến 25/10", "30/11 đến 2/12/2024". */
    private static Atom join(Atom a, Atom b) {
        Atom from;
        if (a.dayOnly()) {
            if (b.day == null || b.month == null) {
                return null;
            }
            from = new Atom(a.start, a.end, b.year, b.month, a.day);
        } else {
            if (a.yearOnly() != b.yearOnly() || (a.day == null) != (b.day == null)) {
                return null;
            }
            from = new Atom(a.start, a.end, a.year != null ? a.year : b.year, a.month, a.day);
            if (b.year == null) {
                b.year = a.year;
            }
        }
        if (from.day != null && !valid(from.day, from.month, from.year)) {
            return null;
        }
        int cmp = PartialDate.CHRONOLOGICAL.compare(from.date(), b.date());
        if (cmp >= 0 && a.year == null && b.year != null && !a.dayOnly()) {
            from.year = b.year - 1; // "30/12 - 2/1/2025"
            cmp = PartialDate.CHRONOLOGICAL.compare(from.date(), b.date());
        }
        if (cmp >= 0) {
            return null;
        }
        from.to = b;
        from.end = b.end;
        return from;
    }

    // ---------------------------------------------------------------- small readers

    private PhraseMatch<DateWord> wordAt(int p) {
        return lexicon.wordAt(text, p);
    }

    /** Skips white space, but not across a blank line: a date never spans paragraphs. */
    private int skip(int p) {
        int breaks = 0;
        while (p < n && s.charAt(p) == ' ') {
            if (original.charAt(p) == '\n' && ++breaks > 1) {
                break;
            }
            p++;
        }
        return p;
    }

    /** True when a date may end at {@code e}: not glued to a word, a longer number, a code or a percentage. */
    private boolean dateEndOk(int e) {
        if (e >= n) {
            return true;
        }
        char c = s.charAt(e);
        if (Character.isLetterOrDigit(c) || c == '%' || c == '/' || c == '_') {
            return false;
        }
        // "Oct 31, 2024,09:15": a clock time glued on by a comma is no decimal part
        return !((c == '.' || c == ',') && digitAt(s, e + 1)) || c == ',' && timeEnd(e + 1) > 0;
    }

    /** The end of a four-digit year in {@code [min, max]} starting at {@code p}, or -1. */
    private int yearEnd(int p, int min, int max) {
        if (!digitAt(s, p)) {
            return -1;
        }
        int e = digitsEnd(s, p);
        if (e - p != 4 || !dateEndOk(e)) {
            return -1;
        }
        int y = intValue(s, p, e);
        return y >= min && y <= max ? e : -1;
    }

    /** The end of ", 2023" or " 2023" after an English date, or -1. */
    private int yearAfter(int e) {
        int q = e < n && s.charAt(e) == ',' ? e + 1 : e;
        q = skip(q);
        return q == e ? -1 : yearEnd(q, MIN_PLAIN_YEAR, MAX_PLAIN_YEAR);
    }

    /** After the name, or after the dot of an abbreviation followed by its day ("Sept. 10"). */
    private int monthNameEnd(PhraseMatch<DateWord> w) {
        int e = w.end();
        return e < n && s.charAt(e) == '.' && digitAt(s, skip(e + 1)) ? e + 1 : e;
    }

    private int ordinalEnd(int e) {
        if (e + 2 <= n && (s.startsWith("st", e) || s.startsWith("nd", e) || s.startsWith("rd", e)
                || s.startsWith("th", e)) && (e + 2 == n || !Character.isLetterOrDigit(s.charAt(e + 2)))) {
            return e + 2;
        }
        return e;
    }

    /** The end of a clock time "13h38", "13h", "10:20", "10:20:05" at {@code p}, or -1. */
    private int timeEnd(int p) {
        int e = digitsEnd(s, p);
        if (e - p > 2 || e >= n || intValue(s, p, e) > 24) {
            return -1;
        }
        char c = s.charAt(e);
        int end;
        if (c == 'h' || c == 'g') {
            end = digitsEnd(s, e + 1);
            if (end - e - 1 > 2) {
                return -1;
            }
        } else if (c == ':' && digitAt(s, e + 1)) {
            end = digitsEnd(s, e + 1);
            if (end - e - 1 != 2) {
                return -1;
            }
            if (end < n && s.charAt(end) == ':' && digitAt(s, end + 1)) {
                end = digitsEnd(s, end + 1);
            }
        } else {
            return -1;
        }
        return end < n && Character.isLetterOrDigit(s.charAt(end)) ? -1 : end;
    }

    /** "August 10 morning": a part of the day after a date belongs to it, unless it opens the next date. */
    private int partOfDaySuffixEnd(int end) {
        int q = skip(end);
        if (q == end) {
            return end;
        }
        PhraseMatch<DateWord> w = wordAt(q);
        if (w == null || !w.value().is(PART_OF_DAY)) {
            return end;
        }
        int after = skip(w.end());
        if (digitAt(s, after)) {
            return end;
        }
        PhraseMatch<DateWord> next = wordAt(after);
        if (next != null && (next.value().is(DAY_WORD) || next.value().is(WEEKDAY) || next.value().is(LINK))) {
            return end;
        }
        return w.end();
    }

    private static boolean valid(Integer day, Integer month, Integer year) {
        if (month == null || month < 1 || month > 12 || day == null || day < 1) {
            return false;
        }
        if (day > DAYS_IN_MONTH[month - 1]) {
            return false;
        }
        return !(month == 2 && day == 29 && year != null && !java.time.Year.isLeap(year));
    }
}
