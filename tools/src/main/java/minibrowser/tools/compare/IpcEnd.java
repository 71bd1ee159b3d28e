package minibrowser.tools.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** One end of an IPC lab link: it sends bytes, and receives exactly as many as asked. */
interface IpcEnd extends AutoCloseable {
    void send(byte[] data, int length) throws IOException;

    /** Blocks (or polls) until {@code length} bytes are in {@code into}. */
    void receive(byte[] into, int length) throws IOException;

    @Override
    void close() throws IOException;

    /** An end over a byte stream: a pipe, a named pipe or a socket. */
    static IpcEnd of(InputStream in, OutputStream out, AutoCloseable... also) {
        return new IpcEnd() {
            @Override
            public void send(byte[] data, int length) throws IOException {
                out.write(data, 0, length);
                out.flush();
            }

            @Override
            public void receive(byte[] into, int length) throws IOException {
                int got = 0;
                while (got < length) {
                    int n = in.read(into, got, length - got);
                    if (n < 0) throw new IOException("the other side closed the link");
                    got += n;
                }
            }

            @Override
            public void close() throws IOException {
                out.close();
                in.close();
                for (AutoCloseable closeable : also) {
                    try {
                        closeable.close();
                    } catch (Exception ignored) {
                        // Closing is best effort.
                    }
                }
            }
        };
    }
}
