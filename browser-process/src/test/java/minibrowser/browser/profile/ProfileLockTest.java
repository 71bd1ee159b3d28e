package minibrowser.browser.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process singleton's two halves on a real directory: the lock, and URLs handed over a real socket. */
class ProfileLockTest {
    @TempDir Path dir;

    @Test
    void oneHolderAtATimeAndTheLockIsFreeAgainWhenLetGo() throws Exception {
        // flock is per open file, so a second channel of this same process is refused as another process would be.
        ProfileLock first = ProfileLock.tryTake(dir).orElseThrow();
        assertTrue(ProfileLock.tryTake(dir).isEmpty(), "held");
        first.close();
        ProfileLock again = ProfileLock.tryTake(dir).orElseThrow();
        again.close();
    }

    @Test
    void urlsHandedOverArriveAndAreAnswered() throws Exception {
        List<String> opened = new CopyOnWriteArrayList<>();
        try (SingletonSocket socket = SingletonSocket.listen(dir, opened::add)) {
            assertTrue(SingletonSocket.handOver(dir, List.of("https://a.example/", "about:home")));
            assertEquals(List.of("https://a.example/", "about:home"), opened);
        }
        assertFalse(SingletonSocket.handOver(dir, List.of("https://b.example/")), "nobody listens any more");
    }
}
