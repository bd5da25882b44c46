package io.diplomaticvisits.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomaticvisits.bench.generate.ArticleGenerator;
import io.diplomaticvisits.bench.generate.GeneratedArticle;
import io.diplomaticvisits.extract.Extractor;
import io.diplomaticvisits.extract.gold.GoldScorer;
import io.diplomaticvisits.extract.gold.ScoreReport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the extractor on generated articles with score.py's rules (the Java port in the test sources).
 * Arguments: {@code [count=2000] [seed=42] [--verbose] [--write DIR]}; {@code --write} also saves the texts and
 * {@code gold.json} so that score.py can be run on them against the service.
 */
public final class GeneratedAccuracy {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private GeneratedAccuracy() {
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        boolean verbose = false;
        Path write = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--verbose" -> verbose = true;
                case "--write" -> write = Path.of(args[++i]);
                default -> positional.add(args[i]);
            }
        }
        int count = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 2_000;
        long seed = positional.size() > 1 ? Long.parseLong(positional.get(1)) : 42;

        ArticleGenerator generator = new ArticleGenerator(seed);
        List<GeneratedArticle> articles = new ArrayList<>();
        Map<String, JsonNode> predictions = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            GeneratedArticle a = generator.next();
            articles.add(a);
            predictions.put(a.name(), JSON.valueToTree(Extractor.standard().extract(a.name(), a.text(), null)));
        }
        ObjectNode gold = ArticleGenerator.goldFile(articles);

        Map<String, JsonNode> goldAsPrediction = new LinkedHashMap<>();
        gold.get("documents").forEach(d -> goldAsPrediction.put(d.get("document").asText(), d));
        ScoreReport self = GoldScorer.score(gold.get("documents"), goldAsPrediction);
        if (self.overall().f1() < 1.0) {
            throw new IllegalStateException("the generated gold does not match itself:\n" + self.table());
        }

        ScoreReport report = GoldScorer.score(gold.get("documents"), predictions);
        System.out.printf("%d generated articles, seed %d%n", count, seed);
        System.out.print(verbose ? report.verboseTable() : report.table());
        for (String language : List.of("vi", "en")) {
            ArrayNode documents = JSON.createArrayNode();
            gold.get("documents").forEach(d -> {
                if (d.get("language").asText().equals(language)) {
                    documents.add(d);
                }
            });
            System.out.printf("%n%s: %d articles%n", language, documents.size());
            System.out.print(GoldScorer.score(documents, predictions).table());
        }
        if (write != null) {
            Files.createDirectories(write);
            for (GeneratedArticle a : articles) {
                Files.writeString(write.resolve(a.name()), a.text(), StandardCharsets.UTF_8);
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(write.resolve("gold.json").toFile(), gold);
            System.out.println("wrote " + count + " articles and gold.json to " + write);
        }
    }
}
