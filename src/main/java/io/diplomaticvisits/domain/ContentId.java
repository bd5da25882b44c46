package io.diplomaticvisits.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Predicate;

/**
 * Ids derived from content: the first 16 hex digits of the SHA-256 of a canonical key, so that the same record
 * gets the same id on every machine, after every restart and every reload, with no sequence involved.
 */
public final class ContentId {

    public static final int LENGTH = 16;

    private ContentId() {
    }

    public static String of(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The id of {@code key}, or of {@code key#2}, {@code key#3} ... when a different record already holds it: two
     * records the merge keeps apart may still share every part of their key.
     */
    public static String unused(String key, Predicate<String> taken) {
        String id = of(key);
        for (int n = 2; taken.test(id); n++) {
            id = of(key + '#' + n);
        }
        return id;
    }
}
