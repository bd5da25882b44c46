package io.diplomaticvisits.extract.model;

public enum Language {
    VI, EN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
