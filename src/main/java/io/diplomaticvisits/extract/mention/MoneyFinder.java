package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.lexicon.PhraseMatch;
import io.diplomaticvisits.extract.lexicon.TsvTable;
import io.diplomaticvisits.extract.model.MoneyAmount;
import io.diplomaticvisits.extract.model.MoneyQualifier;
import io.diplomaticvisits.extract.text.MatchText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.diplomaticvisits.extract.mention.TextScan.digitAt;
import static io.diplomaticvisits.extract.mention.TextScan.isDigit;

/**
 * Finds sums of money in Vietnamese and English text, in one left-to-right scan: "hơn 21 tỷ USD",
 * "khoảng 1,5 tỷ USD", "5.000 tỷ đồng", "hàng chục tỷ USD", "more than $1.5 billion", "US$400 million",
 * "USD 2.5 million", "billions of dollars". A number without a currency is not money.
 *
 * <p>Numbers: a single {@code .} or {@code ,} followed by exactly three digits groups thousands ("5.000",
 * "500,000"); followed by one, two or four and more digits it is the decimal mark ("1,5", "10.5", "984,98");
 * with both marks the last one is the decimal mark. A range "5-6 tỷ USD" gives its lower end, MORE_THAN, and
 * so does "$7.5+ million".
 *
 * <p>Words come from {@code lexicon/money-words.tsv}. Immutable and safe to share between threads.
 */
public final class MoneyFinder {

    /** Scale words after which a dot is a decimal point, as English writes it ("1.250 billion"). */
    private static final java.util.Set<String> ENGLISH_SCALES = java.util.Set.of("million", "billion", "trillion",
            "bn", "mn", "m", "b");

    private final MoneyLexicon lexicon;

    public MoneyFinder() {
        this(TsvTable.load("money-words.tsv"));
    }

    public MoneyFinder(TsvTable words) {
        this.lexicon = MoneyLexicon.from(words);
    }

    /** Every sum of money in the text, left to right, never overlapping. */
    public List<MoneyMention> find(MatchText text) {
        return new Scan(text).run();
    }

    /** One pass over one text; not shared. */
    private final class Scan {
        private final MatchText text;
        private final String s;
        private final String original;
        private final int n;
        private final List<MoneyMention> out = new ArrayList<>();

        Scan(MatchText text) {
            this.text = text;
            this.s = text.lower();
            this.original = text.original();
            this.n = s.length();
        }

        List<MoneyMention> run() {
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                int end = -1;
                if (isDigit(c)) {
                    if (TextScan.numberMayStartAt(s, i)) {
                        end = expressionAt(i);
                    }
                    i = end > i ? end : TextScan.numericClusterEnd(s, i);
                } else if (Character.isLetter(c) && text.isWordStart(i)) {
                    int url = TextScan.urlEnd(s, i);
                    if (url > i) {
                        i = url;
                        continue;
                    }
                    PhraseMatch<MoneyWord> w = lexicon.openingWordAt(text, i);
                    if (w != null || Character.isUpperCase(original.charAt(i)) && lexicon.symbolAt(original, i) != null) {
                        end = expressionAt(i);
                    }
                    i = end > i ? end : w != null ? w.end() : TextScan.wordEnd(original, i);
                } else {
                    if (lexicon.isSymbolChar(original.charAt(i))) {
                        end = expressionAt(i);
                    }
                    i = end > i ? end : i + 1;
                }
            }
            return out;
        }

            /** Reads one sum at {@code p0} and records it; returns its end, or -1. */
        private int expressionAt(int p0) {
            int start = -1;
            MoneyQualifier qualifier = null;
            int p = p0;
            PhraseMatch<MoneyWord> w = lexicon.wordAt(text, p);
            for (int k = 0; k < 2 && w != null && w.value().kind() == MoneyWord.Kind.QUALIFIER; k++) {
                qualifier = w.value().qualifier();
                start = start < 0 ? w.start() : start;
                p = skip(w.end());
                w = lexicon.wordAt(text, p);
            }
            String currency = null;
            PhraseMatch<String> symbol = lexicon.symbolAt(original, p);
            if (symbol != null) {
                currency = symbol.value();
                start = start < 0 ? p : start;
                p = skip(symbol.end());
            } else if (w != null && w.value().kind() == MoneyWord.Kind.CURRENCY_CODE && digitAt(s, skip(w.end()))) {
                currency = w.value().currency();
                start = start < 0 ? p : start;
                p = skip(w.end());
            }
            if (digitAt(s, p)) {
                return numberAt(start < 0 ? p : start, p, qualifier, currency);
            }
            if (currency == null && w != null && w.value().kind() == MoneyWord.Kind.VAGUE) {
                return vagueAt(start < 0 ? p : start, w);
            }
            if (currency == null && w != null && w.value().kind() == MoneyWord.Kind.PLURAL_SCALE) {
                return pluralAt(start < 0 ? p : start, w);
            }
            return -1;
        }

        private int numberAt(int start, int p, MoneyQualifier qualifier, String prefixCurrency) {
            int e = numberEnd(p);
            BigDecimal value = parseNumber(p, e);
            if (value == null) {
                return -1;
            }
            boolean open = false;
            if (e < n && s.charAt(e) == '-' && digitAt(s, e + 1)) {
                int e2 = numberEnd(e + 1);
                if (parseNumber(e + 1, e2) != null) {
                    open = true;
                    e = e2;
                }
            }
            if (e < n && s.charAt(e) == '+') {
                open = true; // "$7.5+ million"
                e++;
            }
            int exponent = 0;
            int end = e;
            String firstScale = null;
            while (true) {
                PhraseMatch<MoneyWord> scale = end == e ? lexicon.gluedAt(text, end) : null;
                if (scale == null || !isScale(scale.value(), prefixCurrency != null)) {
                    scale = lexicon.wordAt(text, skip(end));
                }
                if (scale == null || !isScale(scale.value(), prefixCurrency != null)) {
                    break;
                }
                exponent += scale.value().exponent();
                end = scale.end();
                if (firstScale == null) {
                    firstScale = s.substring(scale.start(), scale.end()).toLowerCase(java.util.Locale.ROOT);
                }
            }
            if (firstScale != null && ENGLISH_SCALES.contains(firstScale) && singleDotBeforeThreeDigits(p, e)) {
                value = new BigDecimal(s.substring(p, e)); // "38.265 billion yen": an English decimal point
            }
            String currency = prefixCurrency;
            if (currency == null) {
                PhraseMatch<MoneyWord> suffix = currencyAfter(end, end == e);
                if (suffix == null) {
                    return -1;
                }
                currency = suffix.value().currency();
                end = suffix.end();
            } else if (end == e && !endsCleanly(e)) {
                return -1;
            }
            MoneyQualifier q = qualifier != null ? qualifier : open ? MoneyQualifier.MORE_THAN : MoneyQualifier.EXACT;
            out.add(new MoneyMention(start, end, new MoneyAmount(normalise(value.scaleByPowerOfTen(exponent)), currency, q)));
            return end;
        }

        private boolean singleDotBeforeThreeDigits(int p, int e) {
            String raw = s.substring(p, e);
            int dot = raw.indexOf('.');
            return dot > 0 && dot == raw.lastIndexOf('.') && raw.indexOf(',') < 0 && raw.length() - dot - 1 == 3;
        }

        private boolean isScale(MoneyWord w, boolean afterSymbol) {
            return w.kind() == MoneyWord.Kind.SCALE || afterSymbol && w.kind() == MoneyWord.Kind.SCALE_SHORT;
        }

        /** "hàng tỷ USD", "hàng chục tỷ USD", "several billion dollars": no amount, ABOUT. */
        private int vagueAt(int start, PhraseMatch<MoneyWord> vague) {
            int end = vague.end();
            boolean scaled = false;
            PhraseMatch<MoneyWord> w = lexicon.wordAt(text, skip(end));
            while (w != null && w.value().kind() == MoneyWord.Kind.SCALE) {
                scaled = true;
                end = w.end();
                w = lexicon.wordAt(text, skip(end));
            }
            return scaled ? vagueCurrency(start, end) : -1;
        }

        /** "billions of dollars", "hundreds of millions of US dollars": no amount, ABOUT. */
        private int pluralAt(int start, PhraseMatch<MoneyWord> plural) {
            int end = plural.end();
            while (true) {
                PhraseMatch<MoneyWord> link = lexicon.wordAt(text, skip(end));
                if (link == null || link.value().kind() != MoneyWord.Kind.LINK) {
                    return -1;
                }
                PhraseMatch<MoneyWord> next = lexicon.wordAt(text, skip(link.end()));
                if (next == null) {
                    return -1;
                }
                if (next.value().isCurrency()) {
                    return record(start, next.end(), next.value().currency());
                }
                if (next.value().kind() != MoneyWord.Kind.PLURAL_SCALE) {
                    return -1;
                }
                end = next.end();
            }
        }

        private int vagueCurrency(int start, int end) {
            PhraseMatch<MoneyWord> currency = currencyAfter(end, false);
            if (currency == null) {
                PhraseMatch<MoneyWord> link = lexicon.wordAt(text, skip(end));
                if (link != null && link.value().kind() == MoneyWord.Kind.LINK) {
                    currency = currencyAfter(link.end(), false);
                }
            }
            return currency == null ? -1 : record(start, currency.end(), currency.value().currency());
        }

        private int record(int start, int end, String currency) {
            out.add(new MoneyMention(start, end, new MoneyAmount(null, currency, MoneyQualifier.ABOUT)));
            return end;
        }

        /** The currency word after {@code end}: spaced, or glued to the digits ("100USD", "500.000₫"). */
        private PhraseMatch<MoneyWord> currencyAfter(int end, boolean mayBeGlued) {
            PhraseMatch<MoneyWord> w = mayBeGlued ? lexicon.gluedAt(text, end) : null;
            if (w == null || !w.value().isCurrency()) {
                w = lexicon.wordAt(text, skip(end));
            }
            return w != null && w.value().isCurrency() ? w : null;
        }

        private boolean endsCleanly(int e) {
            return e >= n || !Character.isLetterOrDigit(s.charAt(e));
        }

        /** The end of digits with thousands or decimal marks between them. */
        private int numberEnd(int p) {
            int i = p;
            while (i < n) {
                char c = s.charAt(i);
                if (isDigit(c)) {
                    i++;
                } else if ((c == '.' || c == ',') && digitAt(s, i + 1)) {
                    i++;
                } else {
                    break;
                }
            }
            return i;
        }

        private BigDecimal parseNumber(int p, int e) {
            String raw = s.substring(p, e);
            int dots = count(raw, '.');
            int commas = count(raw, ',');
            char decimal = 0;
            if (dots > 0 && commas > 0) {
                decimal = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',';
            } else if (dots + commas == 1) {
                char mark = dots == 1 ? '.' : ',';
                decimal = raw.length() - raw.indexOf(mark) - 1 == 3 ? 0 : mark;
            }
            StringBuilder digits = new StringBuilder(raw.length());
            int group = -1;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (isDigit(c)) {
                    digits.append(c);
                    if (group >= 0) {
                        group++;
                    }
                } else if (c == decimal) {
                    if (group >= 0 && group != 3) {
                        return null;
                    }
                    digits.append('.');
                    group = -1;
                    decimal = 1; // a second decimal mark would not match any more
                } else {
                    if (group >= 0 && group != 3 || decimal == 1) {
                        return null;
                    }
                    group = 0;
                }
            }
            if (group >= 0 && group != 3) {
                return null;
            }
            return new BigDecimal(digits.toString());
        }

        private int skip(int p) {
            return TextScan.skipSpaces(s, p);
        }
    }

    private static int count(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }

    /** 21 × 10^9 as the plain 21000000000, 1.5 × 10^9 as 1500000000. */
    private static BigDecimal normalise(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
