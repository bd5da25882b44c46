package io.diplomaticvisits.bench;

import io.diplomaticvisits.bench.generate.ArticleGenerator;
import io.diplomaticvisits.bench.generate.GeneratedArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The texts a benchmark runs over: the seed articles, or generated ones. Sizes are UTF-8 bytes. */
public record Corpus(List<String> names, List<String> texts, long bytes) {

    /** The {@code .txt} files of a folder, by name. */
    public static Corpus folder(Path folder) {
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                names.add(p.getFileName().toString());
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no .txt files in " + folder.toAbsolutePath());
        }
        return of(names, texts);
    }

    public static Corpus generated(long seed, int count) {
        ArticleGenerator generator = new ArticleGenerator(seed);
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            GeneratedArticle a = generator.next();
            names.add(a.name());
            texts.add(a.text());
        }
        return of(names, texts);
    }

    private static Corpus of(List<String> names, List<String> texts) {
        long bytes = 0;
        for (String t : texts) {
            bytes += utf8Bytes(t);
        }
        return new Corpus(List.copyOf(names), List.copyOf(texts), bytes);
    }

    public static long utf8Bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
