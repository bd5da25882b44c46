package io.diplomaticvisits.bench.generate;

import java.math.BigDecimal;
import java.util.Random;

/** A sum as the text writes it, with the gold's amount in units, currency and qualifier. */
record Money(BigDecimal amount, String currency, String qualifier, String vi, String en) {

    /** A random sum: millions or billions of USD or EUR, or billions or trillions of VND, maybe "over" or "about". */
    static Money random(Random random) {
        String qualifier = switch (random.nextInt(4)) {
            case 0 -> "MORE_THAN";
            case 1 -> "ABOUT";
            default -> "EXACT";
        };
        String viQ = switch (qualifier) {
            case "MORE_THAN" -> "hơn ";
            case "ABOUT" -> "khoảng ";
            default -> "";
        };
        String enQ = switch (qualifier) {
            case "MORE_THAN" -> random.nextBoolean() ? "over " : "more than ";
            case "ABOUT" -> random.nextBoolean() ? "about " : "around ";
            default -> "";
        };
        int kind = random.nextInt(5);
        if (kind == 4) {
            int billions = 100 * (1 + random.nextInt(50));
            BigDecimal amount = BigDecimal.valueOf(billions).multiply(BigDecimal.TEN.pow(9));
            String vi = viQ + thousands(billions) + " tỷ đồng";
            String en = enQ + "VND" + (billions >= 1000 && billions % 1000 == 0 ? " " + billions / 1000 + " trillion"
                    : " " + thousands(billions).replace('.', ',') + " billion");
            return new Money(amount, "VND", qualifier, vi, en);
        }
        boolean billions = kind == 0;
        String currency = kind == 3 ? "EUR" : "USD";
        BigDecimal value;
        String viNumber;
        String enNumber;
        if (billions && random.nextBoolean()) {
            int tenths = 11 + random.nextInt(89);
            value = BigDecimal.valueOf(tenths, 1);
            viNumber = tenths / 10 + "," + tenths % 10;
            enNumber = tenths / 10 + "." + tenths % 10;
        } else {
            int whole = billions ? 1 + random.nextInt(30) : 5 * (1 + random.nextInt(180));
            value = BigDecimal.valueOf(whole);
            viNumber = Integer.toString(whole);
            enNumber = viNumber;
        }
        BigDecimal amount = value.multiply(BigDecimal.TEN.pow(billions ? 9 : 6)).stripTrailingZeros();
        String viScale = billions ? " tỷ " : " triệu ";
        String enScale = billions ? " billion" : " million";
        String vi = viQ + viNumber + viScale + currency;
        String en = switch (random.nextInt(3)) {
            case 0 -> enQ + (currency.equals("USD") ? "US$" : "EUR ") + enNumber + enScale;
            case 1 -> enQ + currency + " " + enNumber + enScale;
            default -> enQ + enNumber + enScale + " " + currency;
        };
        return new Money(amount, currency, qualifier, vi, en);
    }

    /** "2.000" for 2000: Vietnamese groups thousands with dots. */
    private static String thousands(int n) {
        return n >= 1000 ? n / 1000 + "." + String.format("%03d", n % 1000) : Integer.toString(n);
    }
}
