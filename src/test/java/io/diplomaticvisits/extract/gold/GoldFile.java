package io.diplomaticvisits.extract.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A file of the gold shape, {@code { "documents": [ { "document", "visits", ... } ] }}: gold or predictions. */
public final class GoldFile {

    /** The seeds' gold on the test class path. */
    public static final String SEEDS = "/gold/seeds.gold.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode documents;

    private GoldFile(JsonNode documents) {
        this.documents = documents;
    }

    public static GoldFile of(JsonNode root) {
        JsonNode documents = root.get("documents");
        if (documents == null || !documents.isArray()) {
            throw new IllegalArgumentException("no \"documents\" list");
        }
        return new GoldFile(documents);
    }

    public static GoldFile read(InputStream in) throws IOException {
        return of(MAPPER.readTree(in));
    }

    public static GoldFile read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static GoldFile fromClasspath(String resource) {
        try (InputStream in = GoldFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("not on the class path: " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GoldFile seeds() {
        return fromClasspath(SEEDS);
    }

    /** The {@code documents} list, in file order. */
    public JsonNode documents() {
        return documents;
    }

    /** Each document by its {@code document} name; a repeated name keeps its last entry, as score.py's dict does. */
    public Map<String, JsonNode> byDocument() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        documents.forEach(d -> out.put(d.path("document").asText(), d));
        return out;
    }
}
