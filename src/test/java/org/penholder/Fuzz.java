package org.penholder;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A seeded mutation loop for the readers of files from outside (project files, Word, PDF): the
 * same seed gives the same files, so a failure can be replayed. The tests run a few dozen
 * mutants; {@code -Dpenholder.fuzz.iterations=N} runs more and {@code -Dpenholder.fuzz.seed=S}
 * another series.
 */
public final class Fuzz {

    private Fuzz() {}

    /** How many mutants a test makes: its own quick number, or the system property's. */
    public static int iterations(int quick) {
        return Integer.getInteger("penholder.fuzz.iterations", quick);
    }

    /** The seed of the series. */
    public static long seed() {
        return Long.getLong("penholder.fuzz.seed", 15_2026L);
    }

    /** What a mutation did, for the failure message. The bytes are the mutant's own copy. */
    @SuppressWarnings("ArrayRecordComponent") // never compared or hashed: a carrier from mutate to the reader
    public record Mutant(byte[] bytes, String how) {}

    /**
     * One mutant of {@code original}: bytes flipped, a run overwritten with noise or zeros, a run of
     * 0xFF (huge lengths and varints), the file cut short, a piece repeated. {@code unit} is the
     * size of a region mutations prefer to stay in (a database page), or 0.
     */
    public static Mutant mutate(byte[] original, Random r, int unit) {
        byte[] b = original.clone();
        int n = b.length;
        int regionStart = unit > 0 && n > unit ? r.nextInt(n / unit) * unit : 0;
        int regionLength = unit > 0 && n > unit ? Math.min(unit, n - regionStart) : n;
        int at = regionStart + r.nextInt(Math.max(1, regionLength));
        return switch (r.nextInt(6)) {
            case 0 -> {
                int flips = 1 + r.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    int p = regionStart + r.nextInt(Math.max(1, regionLength));
                    b[p] ^= (byte) (1 << r.nextInt(8));
                }
                yield new Mutant(b, flips + " bits flipped near " + at);
            }
            case 1 -> {
                int len = Math.min(n - at, 1 + r.nextInt(64));
                for (int i = 0; i < len; i++) {
                    b[at + i] = (byte) r.nextInt(256);
                }
                yield new Mutant(b, len + " random bytes at " + at);
            }
            case 2 -> {
                int len = Math.min(n - at, 1 + r.nextInt(9));
                Arrays.fill(b, at, at + len, (byte) 0xFF);
                yield new Mutant(b, len + " bytes of 0xFF at " + at);
            }
            case 3 -> {
                int len = Math.min(n - at, 1 + r.nextInt(Math.max(1, unit > 0 ? unit : 256)));
                Arrays.fill(b, at, at + len, (byte) 0);
                yield new Mutant(b, len + " zero bytes at " + at);
            }
            case 4 -> {
                int keep = r.nextInt(n);
                yield new Mutant(Arrays.copyOf(b, keep), "cut to " + keep + " bytes");
            }
            default -> {
                int from = r.nextInt(n);
                int len = Math.min(n - from, 1 + r.nextInt(Math.max(1, unit > 0 ? unit : 512)));
                int to = r.nextInt(n);
                System.arraycopy(b, from, b, to, Math.min(len, n - to));
                yield new Mutant(b, len + " bytes from " + from + " copied to " + to);
            }
        };
    }

    /** How a reader ended on one mutant. */
    public sealed interface Outcome {
        record Read(Object value) implements Outcome {}

        record Refused(Throwable error) implements Outcome {}

        record Hung() implements Outcome {}
    }

    /**
     * Runs {@code work} on a thread of its own for at most {@code limit}: what it returned, what it
     * threw (an {@link Error} too), or that it hung.
     */
    public static Outcome run(Duration limit, Callable<?> work) {
        CompletableFuture<Object> f = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    try {
                        f.complete(work.call());
                    } catch (Throwable e) {
                        f.completeExceptionally(e);
                    }
                },
                "fuzzed-reader");
        t.setDaemon(true);
        t.start();
        try {
            return new Outcome.Read(f.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            return new Outcome.Refused(e.getCause());
        } catch (TimeoutException e) {
            t.interrupt();
            return new Outcome.Hung();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Hung();
        }
    }
}
