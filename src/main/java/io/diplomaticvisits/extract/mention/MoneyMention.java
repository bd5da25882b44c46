package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.MoneyAmount;

public record MoneyMention(int start, int end, MoneyAmount value) {
}
