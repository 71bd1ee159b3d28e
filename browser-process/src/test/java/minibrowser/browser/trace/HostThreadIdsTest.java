package minibrowser.browser.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link HostThreadIds}: the NSpid lines of /proc, read for a live process and for one that is gone. */
class HostThreadIdsTest {
    /** This thread's kernel id: /proc/thread-self links to "PID/task/TID". */
    private static long currentTid() throws IOException {
        return Long.parseLong(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString());
    }

    // The test JVM is in no PID namespace of its own: each of its threads' inner id is its host id,
    // and the thread running this test is among them.
    @Test
    void ownThreadsMapToThemselves() throws IOException {
        Map<Long, Long> ids = HostThreadIds.of(ProcessHandle.current().pid());
        if (ids.isEmpty()) return; // no /proc here: nothing to map, which is the documented answer
        long tid = currentTid();
        assertEquals(tid, ids.get(tid), "this thread: " + ids);
        ids.forEach((inner, host) -> assertEquals(host, inner, "no PID namespace between /proc and this JVM"));
        assertTrue(ids.keySet().stream().allMatch(id -> id > 0), "only real ids");
    }

    // A pid no process can have: an empty map, no exception.
    @Test
    void pidThatCannotExistIsEmpty() {
        assertTrue(HostThreadIds.of(Long.MAX_VALUE).isEmpty());
        assertTrue(HostThreadIds.of(0).isEmpty());
        assertTrue(HostThreadIds.of(-1).isEmpty());
    }
}
