package io.diplomaticvisits.extract.text;

import io.diplomaticvisits.extract.lexicon.TsvTable;
import io.diplomaticvisits.extract.model.Language;

import java.util.Arrays;
import java.util.List;

/**
 * Tells Vietnamese from English by the words of a paragraph: lower-case words with diacritics (Vietnamese has them
 * on most words, English news almost never), short frequent words from {@code lexicon/language_words.tsv} (the
 * Vietnamese ones also without diacritics), and, for lines with no lower-case evidence such as a byline, capitalised
 * words with Vietnamese-only letters (ă â đ ê ô ơ ư and the tone marks). Capitalised words count little because
 * names of the other language (Tô Lâm in an English readout, Joe Biden in Vietnamese news) are capitalised.
 */
public final class LanguageDetector {

    private static final int MAX_KEY_LETTERS = 12;
    /** Once one language leads by this many words the rest of a long paragraph cannot change the answer. */
    private static final int DECISIVE_LEAD = 12;

    private final long[] vietnameseWords;
    private final long[] englishWords;

    public LanguageDetector() {
        this(TsvTable.load("language_words.tsv"));
    }

    LanguageDetector(TsvTable table) {
        englishWords = keys(table, Language.EN);
        vietnameseWords = Arrays.stream(keys(table, Language.VI)).filter(k -> !contains(englishWords, k)).toArray();
    }

    /** The language of {@code text[start, end)}; Vietnamese when the text gives no evidence either way. */
    public Language detect(CharSequence text, int start, int end) {
        Language guess = guess(text, start, end);
        return guess == null ? Language.VI : guess;
    }

    /** The language of {@code text[start, end)}, or null when the words give no evidence (a name, a number, "Share"). */
    public Language guess(CharSequence text, int start, int end) {
        int vi = 0;
        int en = 0;
        int viWeak = 0;
        int enWeak = 0;
        int i = Math.max(0, start);
        int stop = Math.min(end, text.length());
        while (i < stop && Math.abs(vi - en) < DECISIVE_LEAD) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int wordStart = i;
            boolean vietnameseLetter = false;
            boolean ascii = true;
            boolean latinDiacritic = false;
            long key = 0;
            int letters = 0;
            while (i < stop && isWordChar(text.charAt(i))) {
                char c = text.charAt(i);
                vietnameseLetter |= isVietnameseLetter(c);
                ascii &= c < 128;
                latinDiacritic |= c >= 0xC0 && (c < 0x370 || c >= 0x1E00 && c <= 0x1EFF);
                if (key >= 0 && c < 128) {
                    char f = MatchText.lowerChar(c);
                    key = f >= 'a' && f <= 'z' && ++letters <= MAX_KEY_LETTERS ? key * 27 + (f - 'a' + 1) : -1;
                }
                i++;
            }
            boolean lower = Character.isLowerCase(text.charAt(wordStart));
            boolean english = ascii && key > 0 && contains(englishWords, key);
            if (lower) {
                boolean vietnamese = latinDiacritic || key > 0 && !english && contains(vietnameseWords, key);
                vi += vietnamese ? 1 : 0;
                en += english ? 1 : 0;
            } else {
                viWeak += vietnameseLetter ? 1 : 0;
                enWeak += english ? 1 : 0;
            }
        }
        if (vi != en) {
            return vi > en ? Language.VI : Language.EN;
        }
        if (viWeak != enWeak) {
            return viWeak > enWeak ? Language.VI : Language.EN;
        }
        return null;
    }

    /**
     * The language of most characters of article text: paragraphs that are not boilerplate, not repeats and have
     * a language; all paragraphs with a language when there is no such text; Vietnamese when none has one.
     */
    public Language documentLanguage(List<Paragraph> paragraphs) {
        long vi = 0;
        long en = 0;
        for (boolean articleOnly : new boolean[] {true, false}) {
            for (Paragraph p : paragraphs) {
                if (p.language() == null || articleOnly && (p.boilerplate() || p.isDuplicate())) {
                    continue;
                }
                if (p.language() == Language.VI) {
                    vi += p.end() - p.start();
                } else {
                    en += p.end() - p.start();
                }
            }
            if (vi + en > 0) {
                break;
            }
        }
        return en > vi ? Language.EN : Language.VI;
    }

    /** Letters that only Vietnamese uses among the languages this service reads. */
    public static boolean isVietnameseLetter(char c) {
        if (c >= '\u1EA0' && c <= '\u1EF9') {
            return true;
        }
        return switch (c) {
            case 'ă', 'Ă', 'â', 'Â', 'đ', 'Đ', 'Ð', 'ê', 'Ê', 'ô', 'Ô', 'ơ', 'Ơ', 'ư', 'Ư', 'ĩ', 'Ĩ', 'ũ', 'Ũ' -> true;
            default -> false;
        };
    }

    private static boolean isWordChar(char c) {
        return CharTable.isLetterOrMark(c);
    }

    private static boolean contains(long[] sorted, long key) {
        return Arrays.binarySearch(sorted, key) >= 0;
    }

    private static long[] keys(TsvTable table, Language language) {
        return table.rows().stream()
                .filter(row -> row.get("language").equalsIgnoreCase(language.code()))
                .mapToLong(row -> key(row.get("word")))
                .filter(k -> k > 0)
                .sorted()
                .distinct()
                .toArray();
    }

    private static long key(String word) {
        String folded = CharFolding.foldString(word);
        if (folded.length() > MAX_KEY_LETTERS) {
            return -1;
        }
        long key = 0;
        for (int i = 0; i < folded.length(); i++) {
            char f = folded.charAt(i);
            if (f < 'a' || f > 'z') {
                return -1;
            }
            key = key * 27 + (f - 'a' + 1);
        }
        return key;
    }
}
