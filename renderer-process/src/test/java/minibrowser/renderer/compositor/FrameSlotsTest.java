package minibrowser.renderer.compositor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.SettableFuture;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import minibrowser.common.ipc.SharedBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two frame slots: a slot is written again only once the gpu has answered the
 * submit of the other one, and a gpu that does not answer costs frames, never a
 * compositor thread waiting for ever.
 */
class FrameSlotsTest {
    private static final long SLOT_BYTES = 4096;
    private static final Duration LIMIT = Duration.ofMillis(50);

    @TempDir Path dir;
    private SharedBuffer browserSide;
    private FrameSlots slots;
    private final AtomicInteger answered = new AtomicInteger();
    private final Runnable whenAnswered = answered::incrementAndGet;

    @BeforeEach
    void mapBuffer() throws IOException {
        Path file = dir.resolve("frames");
        browserSide = SharedBuffer.create(file, 2 * SLOT_BYTES);
        slots = new FrameSlots(7, file, 2 * SLOT_BYTES, LIMIT);
    }

    @AfterEach
    void unmap() {
        slots.close();
        browserSide.close();
    }

    @Test
    void slotsAlternateWhileTheGpuAnswers() {
        assertEquals(OptionalInt.of(0), slots.acquire(whenAnswered));
        slots.submitted(0, Futures.immediateFuture(null));
        assertEquals(OptionalInt.of(1), slots.acquire(whenAnswered));
        slots.submitted(1, Futures.immediateFuture(null));
        assertEquals(OptionalInt.of(0), slots.acquire(whenAnswered));
        assertEquals(SLOT_BYTES, slots.offset(1));
        assertEquals(0, answered.get(), "no frame was skipped");
    }

    @Test
    void aSlotWaitsForTheGpuToAcceptTheFrameInTheOther() throws IOException {
        FrameSlots patient = new FrameSlots(8, dir.resolve("frames"), 2 * SLOT_BYTES, Duration.ofSeconds(10));
        try {
            assertEquals(OptionalInt.of(0), patient.acquire(whenAnswered));
            SettableFuture<Object> submit = SettableFuture.create();
            patient.submitted(0, submit);
            CompletableFuture.runAsync(() -> submit.set(null), CompletableFuture.delayedExecutor(30, TimeUnit.MILLISECONDS));
            long start = System.nanoTime();
            assertEquals(OptionalInt.of(1), patient.acquire(whenAnswered));
            assertTrue(submit.isDone(), "slot 1 was given only after the gpu answered for slot 0");
            assertTrue(System.nanoTime() - start >= 20_000_000L, "it waited for the answer");
        } finally {
            patient.close();
        }
    }

    @Test
    void aGpuThatDoesNotAnswerCostsTheFrameAndTheNextFrameComesWhenItDoes() {
        assertEquals(OptionalInt.of(0), slots.acquire(whenAnswered));
        SettableFuture<Object> hung = SettableFuture.create();
        slots.submitted(0, hung);

        long start = System.nanoTime();
        assertEquals(OptionalInt.empty(), slots.acquire(whenAnswered), "the frame is skipped");
        long waited = System.nanoTime() - start;
        assertTrue(waited >= LIMIT.toNanos(), "it waited the limit first: " + waited / 1_000_000 + " ms");
        assertTrue(waited < Duration.ofSeconds(5).toNanos(), "and no longer: " + waited / 1_000_000 + " ms");

        start = System.nanoTime();
        assertEquals(OptionalInt.empty(), slots.acquire(whenAnswered), "still behind: skipped again");
        assertTrue(System.nanoTime() - start < LIMIT.toNanos(), "without a second wait");
        assertEquals(0, answered.get());

        hung.set(null); // the gpu is back
        assertEquals(1, answered.get(), "the compositor is called back once, to draw the page as it is now");
        assertEquals(OptionalInt.of(1), slots.acquire(whenAnswered), "and frames flow again");
        slots.submitted(1, Futures.immediateFuture(null));
        assertEquals(OptionalInt.of(0), slots.acquire(whenAnswered));
    }

    @Test
    void aGpuThatDiedReadsTheSlotNoMore() {
        assertEquals(OptionalInt.of(0), slots.acquire(whenAnswered));
        slots.submitted(0, Futures.immediateFailedFuture(new IllegalStateException("gpu channel closed")));
        assertEquals(OptionalInt.of(1), slots.acquire(whenAnswered));
    }
}
