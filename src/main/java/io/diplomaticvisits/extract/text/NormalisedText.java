package io.diplomaticvisits.extract.text;

/**
 * The text after {@link TextNormaliser}. {@code toOriginal[i]} is the offset in the input of char {@code i}, with one
 * extra entry for the end; {@code toOriginal} is null when every offset is the same in both.
 */
public record NormalisedText(String text, int[] toOriginal) {

    public int originalOffset(int offset) {
        if (toOriginal == null) {
            return offset;
        }
        return toOriginal[Math.min(Math.max(offset, 0), toOriginal.length - 1)];
    }
}
