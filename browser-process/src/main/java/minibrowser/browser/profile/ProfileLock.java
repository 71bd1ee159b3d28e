package minibrowser.browser.profile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One browser per profile, the lock half of Chromium's process singleton: an exclusive
 * {@code flock} on {@code SingletonLock} in the profile, held for the browser's life.
 * The kernel drops the lock when its holder dies, however it dies (SIGKILL included), so a
 * lock a dead browser left behind is simply taken by the next one, never obeyed. The file
 * says which pid holds it, for a person who looks.
 */
public final class ProfileLock implements AutoCloseable {
    static final String FILE = "SingletonLock";

    private final FileChannel file;
    private final FileLock lock;

    private ProfileLock(FileChannel file, FileLock lock) {
        this.file = file;
        this.lock = lock;
    }

    /** The lock, or empty when a live browser holds it. */
    public static Optional<ProfileLock> tryTake(Path profile) throws IOException {
        FileChannel file = FileChannel.open(profile.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = file.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldHere) {
            lock = null; // this JVM holds it already (a test's second claim): held, as for another process
        } catch (IOException | RuntimeException failed) {
            file.close();
            throw failed;
        }
        if (lock == null) {
            file.close();
            return Optional.empty();
        }
        file.truncate(0);
        file.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        return Optional.of(new ProfileLock(file, lock));
    }

    @Override
    public void close() {
        try {
            lock.release();
            file.close();
        } catch (IOException alreadyClosed) {
            // the channel went with the process's last step
        }
    }
}
