package io.diplomaticvisits.bench;

import io.diplomaticvisits.bench.generate.ArticleGenerator;
import io.diplomaticvisits.bench.generate.GeneratedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated articles as text files, one per article, for the service to load as its seeds directory (the load
 * tests of {@code bench/load.sh}). Arguments: {@code COUNT DIR [seed=42]}. Article <i>i</i> of a seed is always the
 * same text, so a directory of 1,000 is the first tenth of one of 10,000.
 */
public final class WriteCorpus {

    private WriteCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: WriteCorpus COUNT DIR [seed]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        ArticleGenerator generator = new ArticleGenerator(seed);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            GeneratedArticle article = generator.next();
            byte[] text = article.text().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(article.name()), text);
            bytes += text.length;
        }
        System.out.printf("wrote %d articles, %d bytes, to %s%n", count, bytes, dir);
    }
}
