package io.diplomaticvisits.extract.gold;

/** The record kinds score.py counts, in its order. */
public enum RecordKind {
    VISITS("visits"), PARTICIPANTS("participants"), PARTNERSHIPS("partnerships"), AGREEMENTS("agreements");

    private final String key;

    RecordKind(String key) {
        this.key = key;
    }

    /** The record list's name in a gold or prediction document. */
    public String key() {
        return key;
    }
}
