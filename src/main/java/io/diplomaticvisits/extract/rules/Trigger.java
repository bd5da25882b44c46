package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.model.VisitType;

/** An event word at {@code [start, end)} of a sentence. */
public record Trigger(int start, int end, VisitType type, TriggerForm form) {
}
