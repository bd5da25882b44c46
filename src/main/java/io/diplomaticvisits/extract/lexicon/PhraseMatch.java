package io.diplomaticvisits.extract.lexicon;

/** One occurrence of a listed phrase: {@code [start, end)} in the original text, and the value it stands for. */
public record PhraseMatch<T>(int start, int end, T value) {

    public int length() {
        return end - start;
    }
}
