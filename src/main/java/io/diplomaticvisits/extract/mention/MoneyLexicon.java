package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.lexicon.CasePolicy;
import io.diplomaticvisits.extract.lexicon.PhraseMatch;
import io.diplomaticvisits.extract.lexicon.PhraseMatcher;
import io.diplomaticvisits.extract.lexicon.TsvTable;
import io.diplomaticvisits.extract.model.MoneyQualifier;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.HashMap;
import java.util.Map;

/** The words and currency symbols of {@code money-words.tsv}, ready for matching; immutable. */
final class MoneyLexicon {

    /** Letters that may stand before a symbol: "US$", "HK$". */
    private static final int MAX_SYMBOL_LETTERS = 3;

    private static final int FIRST_CHAR_TABLE = 0x2000;

    private final PhraseMatcher<MoneyWord> words;
    private final boolean[] openingFirstChars;
    private final Map<String, String> symbols;
    private final String symbolChars;

    private MoneyLexicon(PhraseMatcher<MoneyWord> words, boolean[] openingFirstChars, Map<String, String> symbols,
                         String symbolChars) {
        this.words = words;
        this.openingFirstChars = openingFirstChars;
        this.symbols = symbols;
        this.symbolChars = symbolChars;
    }

    static MoneyLexicon from(TsvTable table) {
        PhraseMatcher.Builder<MoneyWord> words = PhraseMatcher.builder();
        boolean[] openingFirstChars = new boolean[FIRST_CHAR_TABLE];
        Map<String, String> symbols = new HashMap<>();
        StringBuilder symbolChars = new StringBuilder();
        for (TsvTable.Row row : table.rows()) {
            String kindName = row.get("kind");
            String value = row.get("value");
            CasePolicy policy = row.get("case").isEmpty() ? CasePolicy.ANY : CasePolicy.valueOf(row.get("case"));
            if (kindName.equals("SYMBOL")) {
                for (String symbol : row.list("phrase")) {
                    symbols.putIfAbsent(symbol, value);
                    char last = symbol.charAt(symbol.length() - 1);
                    if (symbolChars.indexOf(String.valueOf(last)) < 0) {
                        symbolChars.append(last);
                    }
                }
                continue;
            }
            MoneyWord word = parse(kindName, value, row.where());
            for (String phrase : row.list("phrase")) {
                words.add(phrase, policy, word);
                char first = MatchText.lowerChar(phrase.charAt(0));
                if (word.canOpen() && first < FIRST_CHAR_TABLE) {
                    openingFirstChars[first] = true;
                }
            }
        }
        return new MoneyLexicon(words.build(), openingFirstChars, Map.copyOf(symbols), symbolChars.toString());
    }

    private static MoneyWord parse(String kindName, String value, String where) {
        MoneyWord.Kind kind;
        try {
            kind = MoneyWord.Kind.valueOf(kindName);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown kind " + kindName, e);
        }
        return switch (kind) {
            case QUALIFIER -> new MoneyWord(kind, null, 0, MoneyQualifier.valueOf(value));
            case CURRENCY, CURRENCY_CODE -> new MoneyWord(kind, value, 0, null);
            case SCALE, SCALE_SHORT, PLURAL_SCALE -> new MoneyWord(kind, null, Integer.parseInt(value), null);
            default -> new MoneyWord(kind, null, 0, null);
        };
    }

    /** The word at a word start {@code i} if it may open a sum ("hơn", "USD", "hàng", "billions"), or null. */
    PhraseMatch<MoneyWord> openingWordAt(MatchText text, int i) {
        char c = text.lower().charAt(i);
        if (c < FIRST_CHAR_TABLE && !openingFirstChars[c]) {
            return null;
        }
        PhraseMatch<MoneyWord> w = wordAt(text, i);
        return w != null && w.value().canOpen() ? w : null;
    }

    /** The listed word at a word start {@code i}, or null. */
    PhraseMatch<MoneyWord> wordAt(MatchText text, int i) {
        return i < text.length() && text.isWordStart(i) ? words.longestAt(text, i) : null;
    }

    /** The listed word starting right at {@code i} even inside a word, for what is glued to digits ("5bn", "100₫"). */
    PhraseMatch<MoneyWord> gluedAt(MatchText text, int i) {
        return i < text.length() ? words.longestAt(text, i) : null;
    }

    boolean isSymbolChar(char c) {
        return symbolChars.indexOf(c) >= 0;
    }

    /** A currency symbol at {@code i} ("$", "US$", "€"): its end and currency, or null. */
    PhraseMatch<String> symbolAt(String original, int i) {
        int j = i;
        int n = original.length();
        while (j < n && j - i < MAX_SYMBOL_LETTERS && Character.isUpperCase(original.charAt(j))) {
            j++;
        }
        if (j >= n || !isSymbolChar(original.charAt(j))) {
            return null;
        }
        String currency = symbols.get(original.substring(i, j + 1));
        return currency == null ? null : new PhraseMatch<>(i, j + 1, currency);
    }
}
