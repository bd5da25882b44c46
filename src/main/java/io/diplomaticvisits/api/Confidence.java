package io.diplomaticvisits.api;

/** Confidences are sent with three decimals: 0.95, not 0.9500000000000001. */
final class Confidence {

    private Confidence() {
    }

    static double rounded(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
