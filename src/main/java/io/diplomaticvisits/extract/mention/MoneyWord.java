package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.MoneyQualifier;

/** One listed word of a money expression: its part, and the currency, power of ten or qualifier it carries. */
record MoneyWord(Kind kind, String currency, int exponent, MoneyQualifier qualifier) {

    enum Kind { QUALIFIER, CURRENCY, CURRENCY_CODE, SCALE, SCALE_SHORT, VAGUE, PLURAL_SCALE, LINK, BLOCK }

    boolean isCurrency() {
        return kind == Kind.CURRENCY || kind == Kind.CURRENCY_CODE;
    }

    /** Words a money expression may start with; the others only continue one. */
    boolean canOpen() {
        return kind == Kind.QUALIFIER || kind == Kind.CURRENCY_CODE || kind == Kind.VAGUE
                || kind == Kind.PLURAL_SCALE;
    }
}
