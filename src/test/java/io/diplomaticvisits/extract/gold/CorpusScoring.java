package io.diplomaticvisits.extract.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.diplomaticvisits.extract.Extractor;
import io.diplomaticvisits.extract.model.ExtractionResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs the extractor over the documents a gold file names, found in a folder, and scores the result. */
public final class CorpusScoring {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private CorpusScoring() {
    }

    public static ScoreReport score(GoldFile gold, Path folder) throws IOException {
        Map<String, JsonNode> predictions = new LinkedHashMap<>();
        Iterator<JsonNode> docs = gold.documents().elements();
        while (docs.hasNext()) {
            String name = docs.next().get("document").asText();
            String text = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
            ExtractionResult result = Extractor.standard().extract(name, text, null);
            predictions.put(name, JSON.valueToTree(result));
        }
        return GoldScorer.score(gold.documents(), predictions);
    }
}
