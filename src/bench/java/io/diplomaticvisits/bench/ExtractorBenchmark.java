package io.diplomaticvisits.bench;

import io.diplomaticvisits.extract.Extractor;
import io.diplomaticvisits.extract.model.ExtractionResult;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Single-threaded extraction speed. One operation extracts every document of a corpus once; the secondary result
 * {@code bytes} is the UTF-8 bytes extracted per second, so MB/s is that figure divided by 10^6.
 * {@code seeds}: the five seed articles (folder from {@code -Dbench.seeds}, default {@code seeds});
 * {@code generated}: 500 articles from {@link io.diplomaticvisits.bench.generate.ArticleGenerator}, seed 42.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class ExtractorBenchmark {

    @Param({"seeds", "generated"})
    public String corpus;

    private Extractor extractor;
    private List<String> names;
    private List<String> texts;
    private long[] sizes;

    /** Bytes extracted, reported by JMH as a rate beside the main score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() {
        Corpus c = corpus.equals("seeds") ? Corpus.folder(Path.of(System.getProperty("bench.seeds", "seeds")))
                : Corpus.generated(42, 500);
        names = c.names();
        texts = c.texts();
        sizes = texts.stream().mapToLong(Corpus::utf8Bytes).toArray();
        extractor = Extractor.standard();
        System.out.printf("%n%s: %d documents, %d bytes%n", corpus, texts.size(), c.bytes());
    }

    @Benchmark
    public int extractCorpus(Bytes counter) {
        int records = 0;
        for (int i = 0; i < texts.size(); i++) {
            ExtractionResult r = extractor.extract(names.get(i), texts.get(i), null);
            records += r.visits().size() + r.participants().size() + r.partnerships().size() + r.agreements().size();
            counter.bytes += sizes[i];
        }
        return records;
    }
}
