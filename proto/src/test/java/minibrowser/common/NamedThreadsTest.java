package minibrowser.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NamedThreadsTest {
    @Test
    void aTaskQueueRunsOnItsNamedThread() throws Exception {
        ExecutorService queue = NamedThreads.taskQueue("test-owner");
        try {
            assertEquals("test-owner", CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), queue)
                    .get(5, TimeUnit.SECONDS));
        } finally {
            queue.shutdownNow();
        }
    }

    @Test
    void aPostToAThreadThatStoppedIsDroppedNotThrown() throws Exception {
        // The last message between two threads of a stopping child must not become an
        // uncaught error (which ends the process, and in single-process the browser).
        ExecutorService queue = NamedThreads.taskQueue("test-stopped");
        queue.shutdownNow();
        assertTrue(queue.awaitTermination(5, TimeUnit.SECONDS));
        assertDoesNotThrow(() -> queue.execute(() -> { }));
        ExecutorService pool = NamedThreads.pool("test-pool", 2);
        pool.shutdownNow();
        assertDoesNotThrow(() -> pool.execute(() -> { }));
    }
}
