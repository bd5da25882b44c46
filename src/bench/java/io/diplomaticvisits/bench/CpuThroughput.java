package io.diplomaticvisits.bench;

import io.diplomaticvisits.extract.Extractor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Extraction speed on one thread as wall-clock MB/s and as MB per second of the thread's own CPU time. On a machine
 * shared with other work the second figure is what one core does; JMH measures the first. Arguments:
 * {@code seeds|generated [seconds=60] [warmup seconds=20]}.
 */
public final class CpuThroughput {

    private CpuThroughput() {
    }

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "seeds";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Corpus corpus = which.equals("seeds") ? Corpus.folder(Path.of(System.getProperty("bench.seeds", "seeds")))
                : Corpus.generated(42, 500);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        run(corpus, warmup * 1_000_000_000L, threads);
        long[] measured = run(corpus, seconds * 1_000_000_000L, threads);
        double mb = measured[0] / 1e6;
        System.out.printf(Locale.ROOT, "%s: %d documents, %d bytes; %.1f MB in %.1f s wall, %.1f s CPU: "
                        + "%.2f MB/s wall, %.2f MB per CPU-second (%.0f%% of a core)%n", which, corpus.texts().size(),
                corpus.bytes(), mb, measured[1] / 1e9, measured[2] / 1e9, mb / (measured[1] / 1e9),
                mb / (measured[2] / 1e9), 100.0 * measured[2] / measured[1]);
    }

    /** Whole passes over the corpus until {@code nanos} of wall time have gone: bytes, wall ns, CPU ns. */
    private static long[] run(Corpus corpus, long nanos, ThreadMXBean threads) {
        Extractor extractor = Extractor.standard();
        long bytes = 0;
        long wall0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        while (System.nanoTime() - wall0 < nanos) {
            for (int i = 0; i < corpus.texts().size(); i++) {
                extractor.extract(corpus.names().get(i), corpus.texts().get(i), null);
            }
            bytes += corpus.bytes();
        }
        return new long[] {bytes, System.nanoTime() - wall0, threads.getCurrentThreadCpuTime() - cpu0};
    }
}
