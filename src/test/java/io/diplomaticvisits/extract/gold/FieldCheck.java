package io.diplomaticvisits.extract.gold;

/**
 * One field compared on a matched pair: a yes/no agreement, or the share of gold participants found
 * (score.py keeps the two apart, a bool and a float, and prints them differently).
 */
public record FieldCheck(String name, double score, boolean fraction) {

    static FieldCheck agrees(String name, boolean agrees) {
        return new FieldCheck(name, agrees ? 1.0 : 0.0, false);
    }

    static FieldCheck share(String name, double share) {
        return new FieldCheck(name, share, true);
    }

    public boolean full() {
        return score == 1.0;
    }

    /** The value as Python prints it: {@code False}, {@code True} or a float. */
    String pythonRepr() {
        return fraction ? PythonText.repr(score) : score == 1.0 ? "True" : "False";
    }
}
