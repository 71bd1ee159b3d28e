package minibrowser.browser.children;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import minibrowser.common.ipc.ParentPipe;
import org.junit.jupiter.api.Test;

/** An in-process child's parent pipe behaves like an OS pipe: the secret, then end-of-file when closed. */
class InProcessPipeTest {
    @Test
    void secretThenBlockUntilClosedThenEndOfFile() throws Exception {
        InProcessPipe pipe = new InProcessPipe();
        pipe.writer.write("s3cret\n".getBytes(StandardCharsets.US_ASCII));
        ParentPipe child = new ParentPipe(pipe);
        assertEquals("s3cret", child.readSecret());
        CompletableFuture<Integer> next = CompletableFuture.supplyAsync(() -> {
            try {
                return pipe.read();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertEquals(false, next.isDone(), "blocks while the parent lives");
        pipe.writer.close();
        assertEquals(-1, next.get(5, TimeUnit.SECONDS));
    }
}
