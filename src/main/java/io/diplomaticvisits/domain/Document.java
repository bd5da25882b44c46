package io.diplomaticvisits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import org.hibernate.Length;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One article as received. The text is kept in NFC so that the id (a prefix of its SHA-256)
 * and every character offset into it are the same whichever Unicode form the source used.
 */
@Entity
@Table(name = "document")
public class Document {

    static final int ID_LENGTH = 16;

    @Id
    @Column(length = ID_LENGTH)
    private String id;

    @Column(nullable = false, length = 512)
    private String name;

    @Column(length = 2048)
    private String url;

    @Column(name = "published_at")
    private LocalDate publishedAt;

    @Column(length = 8)
    private String language;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    // TEXT in the migration, which both H2 and PostgreSQL read as an unbounded VARCHAR, not a LOB.
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = Length.LONG32)
    private String text;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected Document() {
    }

    private Document(String name, String nfcText, String url, LocalDate publishedAt, Instant loadedAt) {
        byte[] bytes = nfcText.getBytes(StandardCharsets.UTF_8);
        this.sha256 = sha256Hex(bytes);
        this.id = sha256.substring(0, ID_LENGTH);
        this.name = name == null || name.isBlank() ? id : name;
        this.text = nfcText;
        this.url = url;
        this.publishedAt = publishedAt;
        this.sizeBytes = bytes.length;
        this.loadedAt = loadedAt;
    }

    /** A document without a name is named by its id. */
    public static Document of(String name, String text, String url, LocalDate publishedAt, Instant loadedAt) {
        return new Document(name, normalize(text), url, publishedAt, loadedAt);
    }

    /** The id that {@link #of} gives this text, without building the document. */
    public static String idOf(String text) {
        return sha256Hex(normalize(text).getBytes(StandardCharsets.UTF_8)).substring(0, ID_LENGTH);
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public LocalDate getPublishedAt() {
        return publishedAt;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getText() {
        return text;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }
}
