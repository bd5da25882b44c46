package io.diplomaticvisits.bench.generate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/** Invents people's names from syllables: Vietnamese ones in three syllables, foreign ones in two words. */
final class NameMaker {

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Mai", "Tạ", "Cao", "Đoàn",
            "Hà"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Đức", "Quốc", "Thanh", "Xuân", "Hữu", "Công",
            "Đình", "Hoài", "Ngọc", "Thế", "Quang", "Bá", "Kim", "Anh", "Tiến", "Gia", "Hồng"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khang", "Long", "Phong",
            "Quân", "Sơn", "Tâm", "Thắng", "Tuấn", "Vinh", "Lan", "Phương", "Thảo", "Yến", "Hiếu", "Khải", "Lộc",
            "Nghĩa", "Toàn", "Đạt", "Huy", "Khoa", "Tài", "Thịnh", "Uyên"};

    private static final String[] START = {"Ka", "Lo", "Mi", "Ra", "Te", "Do", "Ve", "Sa", "Ni", "Ma", "Ko", "Ri",
            "A", "E", "Bo", "Ta", "Li", "Se", "Gu", "Fa", "Ha", "Jo", "Ze", "Pe", "Vi", "Da", "Ne", "Ru", "Tho", "Bre",
            "Kri", "Sta", "Gra", "Al", "Or", "Il", "Wen", "Yu", "Ol", "Ingo"};
    private static final String[] MIDDLE_SYLLABLES = {"ra", "li", "no", "ve", "ta", "mi", "ro", "sa", "ki", "de",
            "lu", "ne", "ga", "to", "ri", "ma", "bel", "dor", "fi", "zo"};
    private static final String[] END = {"n", "r", "s", "k", "v", "l", "nd", "rt", "sh", "ko", "na", "ra", "el", "an",
            "os", "is", "ez", "ov", "en", "ard", "ina", "ura", "ek", "ton", "sen", "ini"};

    private NameMaker() {
    }

    static String vietnamese(Random random) {
        return pick(random, SURNAMES) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
    }

    static String foreign(Random random) {
        String given = pick(random, START) + (random.nextInt(3) == 0 ? pick(random, MIDDLE_SYLLABLES) : "")
                + pick(random, END);
        String family = pick(random, START) + pick(random, MIDDLE_SYLLABLES)
                + (random.nextBoolean() ? pick(random, MIDDLE_SYLLABLES) : "") + pick(random, END);
        return given + " " + family;
    }

    /** Vietnamese as English news writes it: "Nguyễn Văn Đạt" as "Nguyen Van Dat". */
    static String unaccented(String s) {
        String stripped = Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{Mn}+", "");
        return Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }

    /** What later sentences call the person: the given name for a Vietnamese, the family name otherwise. */
    static String shortName(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    static String pick(Random random, String[] xs) {
        return xs[random.nextInt(xs.length)];
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
