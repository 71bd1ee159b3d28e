package minibrowser.tools.compare;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One side of a ping-pong through two named pipes (FIFOs), the same code whether
 * the other side is a thread of this JVM or another process: it writes one byte,
 * then blocks reading the answer, so each round trip puts this side to sleep once
 * and wakes it once. Pinned to one CPU, a round trip is exactly two context
 * switches, as in {@code perf bench sched pipe}.
 *
 * <p>Between two switches a side may touch its own working set (one write to each
 * 64-byte cache line of an array of its own), so that a side that comes back finds
 * its data pushed out of the caches, and its TLB entries too when the other side is
 * another address space.
 */
final class PingPong {
    private static final int CACHE_LINE = 64;

    private final Path there;
    private final Path back;
    private final byte[] workingSet;

    /**
     * @param there        the FIFO this side writes (the caller) or reads (the echo)
     * @param back         the FIFO the answer travels on
     * @param workingSetKb how much of its own memory this side touches between switches (0: none)
     */
    PingPong(Path there, Path back, int workingSetKb) {
        this.there = there;
        this.back = back;
        this.workingSet = new byte[workingSetKb * 1024];
    }

    /** The caller: {@code warmUp} then {@code roundTrips} round trips; the mean nanoseconds of the timed ones. */
    double call(int warmUp, int roundTrips) throws IOException {
        // Open in the same order as the echo (there, then back): opening a FIFO waits for its other end.
        try (FileOutputStream out = new FileOutputStream(there.toFile());
             FileInputStream in = new FileInputStream(back.toFile())) {
            for (int i = 0; i < warmUp; i++) bounce(out, in);
            long start = System.nanoTime();
            for (int i = 0; i < roundTrips; i++) bounce(out, in);
            return (System.nanoTime() - start) / (double) roundTrips;
        }
    }

    /** The echo: answers every byte, touching its working set first, until the caller closes its end. */
    void echo() throws IOException {
        try (FileInputStream in = new FileInputStream(there.toFile());
             FileOutputStream out = new FileOutputStream(back.toFile())) {
            int b;
            while ((b = in.read()) >= 0) {
                touchWorkingSet();
                out.write(b);
            }
        }
    }

    /** Mean nanoseconds one {@link #touchWorkingSet} takes with no switch in between (warm caches). */
    double touchAlone(int times) {
        for (int i = 0; i < times; i++) touchWorkingSet();
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) touchWorkingSet();
        return (System.nanoTime() - start) / (double) times;
    }

    private void bounce(FileOutputStream out, FileInputStream in) throws IOException {
        touchWorkingSet();
        out.write(1);
        if (in.read() < 0) throw new IOException("the echo ended");
    }

    private void touchWorkingSet() {
        for (int i = 0; i < workingSet.length; i += CACHE_LINE) workingSet[i]++;
    }
}
