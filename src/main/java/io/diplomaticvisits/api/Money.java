package io.diplomaticvisits.api;

import io.diplomaticvisits.extract.model.MoneyAmount;
import java.math.BigDecimal;

/** A sum as stated: {@code amount} in units (null for "billions of dollars"), currency, qualifier. */
public record Money(BigDecimal amount, String currency, String qualifier) {

    static Money of(MoneyAmount value) {
        if (value == null) {
            return null;
        }
        return new Money(plain(value.amount()), value.currency(),
                value.qualifier() == null ? null : value.qualifier().name());
    }

    /** Without exponent or trailing zeros, so that 21 billion is written 21000000000, not 2.1E+10. */
    static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
