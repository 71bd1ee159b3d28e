package minibrowser.browser.children;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;

/**
 * The parent pipe of an in-process child: what the child reads as its "stdin".
 * Whatever the browser writes (the secret line) is read back in order; after that
 * a read blocks until the browser closes its end, and then returns end-of-file,
 * exactly as an OS pipe does when its writer goes away.
 *
 * <p>Not {@code java.io.PipedInputStream}: that one reports a broken pipe as soon as
 * the thread that last wrote ends, and the browser writes from a pool thread.
 */
final class InProcessPipe extends InputStream {
    private final java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
    private final CountDownLatch closed = new CountDownLatch(1);
    private int readPosition;

    /** The browser's end: bytes written here are read by the child; close() is end-of-file. */
    final OutputStream writer = new OutputStream() {
        @Override
        public void write(int b) {
            synchronized (InProcessPipe.this) {
                written.write(b);
                InProcessPipe.this.notifyAll();
            }
        }

        @Override
        public void close() {
            closed.countDown();
            synchronized (InProcessPipe.this) {
                InProcessPipe.this.notifyAll();
            }
        }
    };

    @Override
    public synchronized int read() throws IOException {
        while (readPosition >= written.size()) {
            if (closed.getCount() == 0) return -1;
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted reading the parent pipe");
            }
        }
        return written.toByteArray()[readPosition++] & 0xff;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) return 0;
        int first = read();
        if (first < 0) return -1;
        buffer[offset] = (byte) first;
        return 1;
    }
}
