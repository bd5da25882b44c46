package io.diplomaticvisits.extract.model;

import java.math.BigDecimal;

/** A sum of money as the text states it; {@code amount} is null for "hàng tỷ USD" (billions of dollars). */
public record MoneyAmount(BigDecimal amount, String currency, MoneyQualifier qualifier) {
}
