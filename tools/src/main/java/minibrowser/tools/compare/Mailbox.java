package minibrowser.tools.compare;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The IPC lab's protocol for memory two processes share: a file (read and written
 * with pread/pwrite, so through the page cache and the kernel) or a mapping of a
 * file (loads and stores, no kernel at all). Each direction is a mailbox:
 * <pre>
 *   [ sent: long | taken: long | bytes: long | data ... ]
 * </pre>
 * The sender waits until the last message was taken, writes the data, then counts
 * it sent; the receiver waits until a message is sent, reads it, then counts it
 * taken. Neither side blocks in the kernel: they poll, which is what a file or a
 * mapping offers (a real program adds a futex or a pipe to sleep on).
 */
final class Mailbox implements IpcEnd {
    static final int HEADER = 24;

    /** The bytes two sides share, read and written at offsets. */
    interface Region {
        long getLong(long at) throws IOException;

        void putLong(long at, long value) throws IOException;

        void put(long at, byte[] data, int length) throws IOException;

        void get(long at, byte[] into, int offset, int length) throws IOException;

        /** Makes what was written durable (fsync) before it is counted sent; a no-op where that means nothing. */
        default void sync() throws IOException {}
    }

    private final Region region;
    private final java.io.Closeable file;
    private final long out;
    private final long in;
    private long sent;
    private long taken;

    /**
     * @param first whether this is the caller's side (it writes the first mailbox and reads the second)
     * @param file  what the region lies in, closed with this end
     */
    Mailbox(Region region, long mailboxBytes, boolean first, java.io.Closeable file) {
        this.region = region;
        this.file = file;
        this.out = first ? 0 : mailboxBytes;
        this.in = first ? mailboxBytes : 0;
    }

    @Override
    public void send(byte[] data, int length) throws IOException {
        while (region.getLong(out + 8) != sent) Thread.onSpinWait(); // the other side has not taken the last one
        region.put(out + HEADER, data, length);
        region.putLong(out + 16, length);
        region.sync();
        region.putLong(out, ++sent);
    }

    @Override
    public void receive(byte[] into, int length) throws IOException {
        int got = 0;
        while (got < length) {
            while (region.getLong(in) == taken) Thread.onSpinWait();
            int bytes = (int) region.getLong(in + 16);
            region.get(in + HEADER, into, got, bytes);
            got += bytes;
            region.putLong(in + 8, ++taken);
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    /** A mapping of a file (in /dev/shm): loads and stores, ordered by acquire and release. */
    static Region mapped(FileChannel file, long bytes) throws IOException {
        MappedByteBuffer map = file.map(FileChannel.MapMode.READ_WRITE, 0, bytes);
        VarHandle longs = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
        return new Region() {
            @Override
            public long getLong(long at) {
                return (long) longs.getAcquire(map, (int) at);
            }

            @Override
            public void putLong(long at, long value) {
                longs.setRelease(map, (int) at, value);
            }

            @Override
            public void put(long at, byte[] data, int length) {
                map.put((int) at, data, 0, length);
            }

            @Override
            public void get(long at, byte[] into, int offset, int length) {
                map.get((int) at, into, offset, length);
            }
        };
    }

    /** A file read and written with pread/pwrite: every access a system call, through the page cache. */
    static Region file(FileChannel file, boolean fsync) {
        ByteBuffer eight = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder());
        return new Region() {
            @Override
            public long getLong(long at) throws IOException {
                eight.clear();
                file.read(eight, at);
                return eight.getLong(0);
            }

            @Override
            public void putLong(long at, long value) throws IOException {
                eight.clear();
                eight.putLong(0, value);
                file.write(eight, at);
            }

            @Override
            public void put(long at, byte[] data, int length) throws IOException {
                ByteBuffer all = ByteBuffer.wrap(data, 0, length);
                while (all.hasRemaining()) file.write(all, at + all.position());
            }

            @Override
            public void get(long at, byte[] into, int offset, int length) throws IOException {
                ByteBuffer all = ByteBuffer.wrap(into, offset, length);
                while (all.hasRemaining()) {
                    if (file.read(all, at + all.position() - offset) < 0) throw new IOException("the file ended");
                }
            }

            @Override
            public void sync() throws IOException {
                if (fsync) file.force(false);
            }
        };
    }
}
