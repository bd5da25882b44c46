package io.diplomaticvisits.extract.robustness;

import io.diplomaticvisits.extract.Extractor;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.PartialDate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The extractor on input nobody would write: random, damaged, huge, empty or odd. It must not throw, must keep
 * its sources inside the input and its enums set, and must finish. The time limit only catches a hang (runaway
 * backtracking, a loop that does not advance); speed is measured by the JMH benchmark, not here.
 */
class ExtractorRobustnessTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final int ONE_MB = 1 << 20;
    private static final PartialDate PUBLISHED = PartialDate.of(2024, 6, 19);

    private final Extractor extractor = Extractor.standard();

    @TestFactory
    Stream<DynamicTest> randomTextsNeverBreakTheExtractor() {
        RandomTexts texts = new RandomTexts(20_240_619L);
        Random sizes = new Random(7);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String text = texts.next(50 + sizes.nextInt(i % 10 == 0 ? 60_000 : 6_000));
            tests.add(survives("random text #" + i + " (" + text.length() + " chars)", () -> text));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> damagedSeedsNeverBreakTheExtractor() throws IOException {
        SeedMutations mutate = new SeedMutations(11L);
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> seed : seeds().entrySet()) {
            String name = seed.getKey();
            String text = seed.getValue();
            for (int i = 0; i < 3; i++) {
                String shuffled = mutate.shuffledLines(text);
                tests.add(survives(name + " lines shuffled #" + i, () -> shuffled));
            }
            for (int i = 0; i < 6; i++) {
                String cut = mutate.truncated(text);
                tests.add(survives(name + " truncated at " + cut.length(), () -> cut));
            }
            for (int i = 0; i < 3; i++) {
                String piece = mutate.middlePiece(text);
                tests.add(survives(name + " middle piece #" + i, () -> piece));
            }
            for (double share : new double[] {0.01, 0.05, 0.2, 0.5}) {
                String dropped = mutate.charactersDropped(text, share);
                tests.add(survives(name + " " + percent(share) + " of characters dropped", () -> dropped));
            }
            for (double share : new double[] {0.1, 0.5, 0.9}) {
                String doubled = mutate.wordsDuplicated(text, share);
                tests.add(survives(name + " words duplicated at " + percent(share), () -> doubled));
            }
            String replaced = mutate.charactersReplaced(text, 0.03);
            tests.add(survives(name + " 3% of characters replaced", () -> replaced));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> oddInputsNeverBreakTheExtractor() throws IOException {
        String vi = seeds().values().iterator().next();
        String all = String.join("\n", seeds().values());
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(survives("empty", () -> ""));
        tests.add(survives("null text", () -> null));
        tests.add(survives("one character", () -> "Đ"));
        tests.add(survives("whitespace only", () -> repeatTo(" \t\n\r\u00A0\u2003\u3000\n\n", 200_000)));
        tests.add(survives("line breaks only", () -> "\n".repeat(100_000)));
        tests.add(survives("control characters", () -> withControlCharacters(vi)));
        tests.add(survives("control characters only", () -> controlCharacters(50_000)));
        tests.add(survives("lone surrogates in an article", () -> withLoneSurrogates(vi)));
        tests.add(survives("lone surrogates only", () -> repeatTo("\uD800\uDC00\uDBFF\uD83D \uDE00", 100_000)));
        tests.add(survives("byte order mark at the start", () -> "\uFEFF" + all));
        tests.add(survives("byte order mark on every line", () -> all.replace("\n", "\n\uFEFF")));
        tests.add(survives("decomposed (NFD) Vietnamese", () -> Normalizer.normalize(all, Normalizer.Form.NFD)));
        tests.add(survives("NFD cut between letter and mark",
                () -> Normalizer.normalize(vi, Normalizer.Form.NFD).substring(0, 1_001)));
        tests.add(survives("Ð for Đ everywhere", () -> all.replace('Đ', 'Ð').replace('đ', 'ð')));
        tests.add(survives("all upper case", () -> all.toUpperCase(Locale.ROOT)));
        tests.add(survives("all lower case", () -> all.toLowerCase(Locale.ROOT)));
        tests.add(survives("very long line without punctuation, 100 k",
                () -> repeatTo(withoutPunctuation(all) + " ", 100_000)));
        tests.add(survives("one paragraph, no line breaks", () -> all.replace('\n', ' ')));
        tests.add(survives("one letter, 1 MB", () -> "a".repeat(ONE_MB)));
        tests.add(survives("one word, 1 MB", () -> repeatTo("thăm", ONE_MB)));
        tests.add(survives("one glued English word, 1 MB", () -> repeatTo("ofVietnam", ONE_MB)));
        tests.add(survives("one word with spaces, 1 MB", () -> repeatTo("hợp tác ", ONE_MB)));
        tests.add(survives("one trip word with spaces, 64 k", () -> repeatTo("thăm ", 64_000)));
        tests.add(survives("one capitalised name word with spaces, 1 MB", () -> repeatTo("Nguyễn ", ONE_MB)));
        tests.add(survives("one English word with spaces, 1 MB", () -> repeatTo("Minister ", ONE_MB)));
        tests.add(survives("one number with spaces, 1 MB", () -> repeatTo("2024 ", ONE_MB)));
        tests.add(survives("one word with full stops, 1 MB", () -> repeatTo("v.v. ", ONE_MB)));
        tests.add(survives("one honorific with spaces, 16 k", () -> repeatTo("Mr. ", 16_000)));
        tests.add(survives("10 000 dates in a row, dd/mm/yyyy",
                () -> times(10_000, i -> (1 + i % 28) + "/" + (1 + i % 12) + "/" + (2000 + i % 30) + " ")));
        tests.add(survives("10 000 dates in a row, mixed forms",
                () -> times(10_000, ExtractorRobustnessTest::dateForm)));
        tests.add(survives("10 000 dates in a row, no spaces",
                () -> times(10_000, i -> (1 + i % 28) + "/" + (1 + i % 12) + "-")));
        tests.add(survives("10 000 country names in a row", () -> times(10_000, i -> countryName(i) + ", ")));
        tests.add(survives("10 000 country names, no commas", () -> times(10_000, i -> countryName(i) + " ")));
        tests.add(survives("10 000 country pairs", () -> times(10_000, i -> "Việt Nam - " + countryName(i) + " ")));
        tests.add(survives("10 000 titles in a row",
                () -> times(10_000, i -> i % 2 == 0 ? "Thủ tướng " : "Prime Minister ")));
        tests.add(survives("10 000 titled names in a row",
                () -> times(10_000, i -> "Tổng thống " + countryName(i) + " Nguyễn Văn An, ")));
        tests.add(survives("10 000 event words in a row",
                () -> times(10_000, i -> i % 2 == 0 ? "thăm chính thức hội đàm " : "held talks state visit ")));
        tests.add(survives("10 000 amounts in a row",
                () -> times(10_000, i -> i % 2 == 0 ? "hơn 21 tỷ USD " : "about 1.5 billion USD, ")));
        tests.add(survives("10 000 sentences of one event", () -> times(10_000, i -> "Ngày " + (1 + i % 28) + "/"
                + (1 + i % 12) + ", Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng " + countryName(i) + ". ")));
        tests.add(survives("10 000 repeated paragraphs",
                () -> times(10_000, i -> "Chủ tịch nước tiếp Đại sứ Nhật Bản.\n")));
        tests.add(survives("deeply nested brackets", () -> "(".repeat(100_000) + "Việt Nam" + ")".repeat(100_000)));
        tests.add(survives("long run of digits", () -> "1".repeat(200_000)));
        tests.add(survives("long run of dashes and slashes", () -> repeatTo("-/–/—/", 200_000)));
        tests.add(survives("emoji and symbols", () -> repeatTo("🇻🇳🤝🇺🇸 ✈️ Việt Nam – Hoa Kỳ 😀 ", 100_000)));
        tests.add(survives("right-to-left and CJK", () -> repeatTo("ويتنام 越南 베트남 Вьетнам thăm ", 100_000)));
        return tests.stream();
    }

    @Test
    void upperCaseSymbolAfterATitleEndsTheName() {
        for (String text : List.of("Secretary \u24C8", "Thủ tướng \u24C8 Văn", "Prime Minister \u2168", "Ông \u24B6")) {
            ExtractionResult result =
                    assertTimeoutPreemptively(HANG_GUARD, () -> extractor.extract("case.txt", text, null));
            ResultInvariants.check("case.txt", text, result);
        }
    }

    @Test
    void oneMegabyteOfOneTripWordEndsInTime() throws Throwable {
        survives("one trip word with spaces, 1 MB", () -> repeatTo("thăm ", ONE_MB)).getExecutable().execute();
    }

    @Test
    void oneMegabyteOfHonorificsEndsInTime() throws Throwable {
        survives("one honorific with spaces, 1 MB", () -> repeatTo("Mr. ", ONE_MB)).getExecutable().execute();
    }

    @Test
    void oneMegabyteLineWithoutPunctuationEndsInTime() throws Throwable {
        String all = String.join(" ", seeds().values());
        survives("very long line without punctuation, 1 MB", () -> repeatTo(withoutPunctuation(all) + " ", ONE_MB))
                .getExecutable().execute();
    }

    @Test
    void sameInputGivesEqualResults() throws IOException {
        for (Map.Entry<String, String> seed : seeds().entrySet()) {
            ExtractionResult first = extractor.extract(seed.getKey(), seed.getValue(), null);
            ExtractionResult second = extractor.extract(seed.getKey(), seed.getValue(), null);
            assertThat(second).as(seed.getKey()).isEqualTo(first);
        }
        String random = new RandomTexts(3L).next(20_000);
        assertThat(extractor.extract("random", random, PUBLISHED))
                .isEqualTo(extractor.extract("random", random, PUBLISHED));
    }

    @Test
    void eightThreadsGiveTheSameResultsAsOne() throws Exception {
        Map<String, String> seeds = seeds();
        List<String> names = new ArrayList<>(seeds.keySet());
        Map<String, ExtractionResult> sequential = new LinkedHashMap<>();
        names.forEach(name -> sequential.put(name, extractor.extract(name, seeds.get(name), null)));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Map<String, ExtractionResult>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int shift = t;
                Callable<Map<String, ExtractionResult>> run = () -> {
                    Map<String, ExtractionResult> out = new LinkedHashMap<>();
                    for (int round = 0; round < 3; round++) {
                        for (int i = 0; i < names.size(); i++) {
                            String name = names.get((i + shift + round) % names.size());
                            ExtractionResult result = extractor.extract(name, seeds.get(name), null);
                            ExtractionResult earlier = out.putIfAbsent(name, result);
                            assertThat(earlier == null || earlier.equals(result)).as(name).isTrue();
                        }
                    }
                    return out;
                };
                runs.add(pool.submit(run));
            }
            for (Future<Map<String, ExtractionResult>> run : runs) {
                assertThat(run.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private DynamicTest survives(String name, Supplier<String> input) {
        return DynamicTest.dynamicTest(name, () -> {
            String text = input.get();
            ExtractionResult result = assertTimeoutPreemptively(HANG_GUARD,
                    () -> extractor.extract("case.txt", text, PUBLISHED), () -> "hang guard hit: " + name);
            ResultInvariants.check("case.txt", text, result);
        });
    }

    private static Map<String, String> seeds() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path p : files.sorted().toList()) {
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(out).as("seed articles in seeds/").hasSizeGreaterThanOrEqualTo(5);
        return out;
    }

    private static String repeatTo(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    private static String times(int n, java.util.function.IntFunction<String> piece) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(piece.apply(i));
        }
        return out.toString();
    }

    private static String dateForm(int i) {
        int day = 1 + i % 28;
        int month = 1 + i % 12;
        return switch (i % 8) {
            case 0 -> "ngày " + day + "/" + month + " ";
            case 1 -> "từ ngày " + day + " đến " + (day + 2) + "/" + month + "/2025, ";
            case 2 -> day + "-" + (day + 1) + "/" + month + "/2024 ";
            case 3 -> "ngày " + day + " tháng " + month + " năm 2023 ";
            case 4 -> "January " + day + "-" + (day + 1) + ", ";
            case 5 -> "Sept. " + day + ", 2023 ";
            case 6 -> "on Tuesday " + day + " March ";
            default -> "tháng " + month + "/2022 ";
        };
    }

    private static final String[] COUNTRIES = {
            "Việt Nam", "Hoa Kỳ", "Mỹ", "Trung Quốc", "Nga", "Liên bang Nga", "Hàn Quốc", "Nhật Bản", "Lào",
            "Campuchia", "Séc", "Áo", "Malaysia", "Australia", "Pháp", "Đức", "Anh", "Ấn Độ", "Cuba", "Mozambique",
            "United States", "China", "Russia", "Republic of Korea", "RoK", "Japan", "Laos", "Cambodia", "Czechia",
            "Austria", "France", "Germany", "United Kingdom", "India", "Vietnam", "the US", "Brazil", "Chile"};

    private static String countryName(int i) {
        return COUNTRIES[i % COUNTRIES.length];
    }

    private static String withControlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        char control = 0;
        for (int i = 0; i < text.length(); i++) {
            out.append(text.charAt(i));
            if (i % 7 == 0) {
                out.append(control);
                control = (char) (control == 0x1F ? 0x7F : control == 0x9F ? 0 : control + 1);
            }
        }
        return out.toString();
    }

    private static String controlCharacters(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int c = i % 66;
            out.append((char) (c < 32 ? c : 0x7F + (c - 32)));
        }
        return out.toString();
    }

    private static String withLoneSurrogates(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 10);
        for (int i = 0; i < text.length(); i++) {
            out.append(text.charAt(i));
            if (i % 13 == 0) {
                out.append(i % 2 == 0 ? '\uD83D' : '\uDE00');
            }
        }
        return out.toString();
    }

    private static String withoutPunctuation(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isLetterOrDigit(c) ? c : ' ');
        }
        return out.toString();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
