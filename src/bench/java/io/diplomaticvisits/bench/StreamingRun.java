package io.diplomaticvisits.bench;

import io.diplomaticvisits.bench.generate.ArticleGenerator;
import io.diplomaticvisits.bench.generate.GeneratedArticle;
import io.diplomaticvisits.extract.Extractor;
import io.diplomaticvisits.extract.model.ExtractionResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Streams generated articles through the extractor one at a time, keeping nothing, and prints every
 * {@code every} articles: throughput of the extraction alone (generation is not timed) and the heap in use after a
 * full GC, which must stay flat. Speed is given per wall-clock second and per second of this thread's CPU time (what
 * one core does when the machine is shared). Arguments: {@code [count=100000] [every=10000] [seed=7]}.
 */
public final class StreamingRun {

    private StreamingRun() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int every = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
        Extractor extractor = Extractor.standard();
        ArticleGenerator generator = new ArticleGenerator(seed);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean thread = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%9s %9s %10s %10s %10s %10s %10s %9s%n", "articles", "MB total", "MB/s wall",
                "MB/cpu-s", "MB/s all", "records", "heap MB", "RSS MB");
        System.out.printf(Locale.ROOT, "%9d %9s %10s %10s %10s %10s %10.1f %9s%n", 0, "-", "-", "-", "-", "-",
                heapAfterGc(memory), rss());
        long totalBytes = 0;
        long totalNanos = 0;
        long windowBytes = 0;
        long windowNanos = 0;
        long windowCpu = 0;
        long records = 0;
        for (int i = 1; i <= count; i++) {
            GeneratedArticle a = generator.next();
            long bytes = Corpus.utf8Bytes(a.text());
            long cpu0 = thread.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ExtractionResult r = extractor.extract(a.name(), a.text(), null);
            long nanos = System.nanoTime() - t0;
            windowCpu += thread.getCurrentThreadCpuTime() - cpu0;
            records += r.visits().size() + r.participants().size() + r.partnerships().size() + r.agreements().size();
            totalBytes += bytes;
            totalNanos += nanos;
            windowBytes += bytes;
            windowNanos += nanos;
            if (i % every == 0) {
                System.out.printf(Locale.ROOT, "%9d %9.1f %10.2f %10.2f %10.2f %10d %10.1f %9s%n", i,
                        totalBytes / 1e6, windowBytes / 1e6 / (windowNanos / 1e9),
                        windowBytes / 1e6 / (windowCpu / 1e9),
                        totalBytes / 1e6 / (totalNanos / 1e9), records, heapAfterGc(memory), rss());
                windowBytes = 0;
                windowNanos = 0;
                windowCpu = 0;
            }
        }
    }

    private static double heapAfterGc(MemoryMXBean memory) throws InterruptedException {
        System.gc();
        Thread.sleep(50);
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() / 1e6;
    }

    /** Resident set size from /proc, or "?" off Linux. */
    private static String rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D+", ""));
                    return String.format(Locale.ROOT, "%.0f", kb / 1e3);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "?";
        }
        return "?";
    }
}
