package io.diplomaticvisits.extract.model;

public enum MoneyQualifier { EXACT, MORE_THAN, ABOUT }
