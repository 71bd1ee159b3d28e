package minibrowser.tools.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import minibrowser.common.NamedThreads;

/**
 * The context-switch row: one byte bounced back and forth through OS pipes, so
 * every hop blocks one side and wakes the other.
 * <ul>
 *   <li>two threads of this JVM, each blocking on its own pipe ({@code java.nio.channels.Pipe});</li>
 *   <li>two processes: this JVM and {@code cat(1)}, which echoes every byte it reads
 *       from its stdin pipe to its stdout pipe.</li>
 * </ul>
 * A round trip is two switches (there and back); the figure is half a round trip.
 * On a machine with two cores the two sides may sit on different cores, so this is
 * wake-up latency through the kernel rather than a pure same-core switch.
 */
final class ContextSwitchRows {
    static final int ROUND_TRIPS = 5000;

    private ContextSwitchRows() {}

    static List<Row> measure(int runs) throws Exception {
        Samples threads = new Samples();
        Samples processes = new Samples();
        threadPingPong(2000);
        processPingPong(2000);
        for (int run = 0; run < runs; run++) {
            threads.add(threadPingPong(ROUND_TRIPS) / 2 / 1e3);
            processes.add(processPingPong(ROUND_TRIPS) / 2 / 1e3);
        }
        return List.of(new Row("context switch", "one switch (half a ping-pong round trip)",
                processes.format("µs", 1) + " between processes", threads.format("µs", 1) + " between threads", "",
                ROUND_TRIPS + " one-byte round trips through OS pipes: two threads of one JVM, or this JVM and cat(1)"));
    }

    /** Mean nanoseconds per round trip between two threads. */
    static double threadPingPong(int roundTrips) throws Exception {
        Pipe there = Pipe.open();
        Pipe back = Pipe.open();
        ExecutorService echo = NamedThreads.taskQueue("compare-echo");
        try {
            Future<?> echoing = echo.submit(() -> {
                ByteBuffer one = ByteBuffer.allocate(1);
                for (int i = 0; i < roundTrips; i++) {
                    one.clear();
                    there.source().read(one);
                    one.flip();
                    back.sink().write(one);
                }
                return null;
            });
            ByteBuffer one = ByteBuffer.allocate(1);
            long start = System.nanoTime();
            for (int i = 0; i < roundTrips; i++) {
                one.clear().put((byte) 1).flip();
                there.sink().write(one);
                one.clear();
                back.source().read(one);
            }
            long took = System.nanoTime() - start;
            echoing.get();
            return took / (double) roundTrips;
        } finally {
            echo.shutdownNow();
            there.sink().close();
            there.source().close();
            back.sink().close();
            back.source().close();
        }
    }

    /** Mean nanoseconds per round trip between this process and cat(1). */
    static double processPingPong(int roundTrips) throws IOException, InterruptedException {
        Process cat = new ProcessBuilder("cat").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            OutputStream toCat = cat.getOutputStream();
            InputStream fromCat = cat.getInputStream();
            long start = System.nanoTime();
            for (int i = 0; i < roundTrips; i++) {
                toCat.write(1);
                toCat.flush();
                if (fromCat.read() < 0) throw new IOException("cat ended");
            }
            return (System.nanoTime() - start) / (double) roundTrips;
        } finally {
            cat.getOutputStream().close();
            cat.destroyForcibly();
            cat.waitFor();
        }
    }
}
