package minibrowser.renderer.compositor;

import minibrowser.common.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import minibrowser.common.NamedThreads;

/**
 * The raster threads, {@code renderer-raster-1} and {@code renderer-raster-2}: they
 * turn tiles of the display list into pixels (or cells) in parallel, while the
 * compositor thread waits for them and puts the frame together ({@link TileCache}).
 * Each tile is written by one thread only, into an array of its own.
 */
public final class RasterPool {
    static final int THREADS = 2;

    private final ExecutorService threads;

    /** Starts the raster threads. */
    public RasterPool() {
        threads = NamedThreads.pool("renderer-raster", THREADS);
    }

    /** Runs every job on the raster threads and returns their results in order, once all are done. */
    <T> List<T> runAll(List<Callable<T>> jobs) {
        List<Future<T>> running = new ArrayList<>(jobs.size());
        for (Callable<T> job : jobs) {
            running.add(threads.submit(() -> {
                try (Trace.Slice tile = Trace.slice("renderer", "raster tile")) {
                    return job.call();
                }
            }));
        }
        List<T> results = new ArrayList<>(jobs.size());
        try {
            for (Future<T> job : running) results.add(job.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rastering", e);
        } catch (ExecutionException e) {
            // A fault on a raster thread is a fault of this renderer: let it end the process.
            throw new IllegalStateException("raster failed", e.getCause());
        }
        return results;
    }

    /** Stops the raster threads (their owner, the renderer, is shutting down). */
    public void shutdown() {
        threads.shutdownNow();
    }
}
