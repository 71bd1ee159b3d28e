package minibrowser.common.ipc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import minibrowser.common.Bounds;

/**
 * Shared memory: a file in the session directory (on {@code /dev/shm}, a tmpfs,
 * where one is available) mapped into the address space of every process that
 * opens it. A write by one process is visible to the others without a copy
 * through the kernel; telling the reader <em>when</em> the data is complete is
 * left to a message (see frame_sink.proto).
 *
 * <p>The browser creates and deletes these files; renderers, the gpu and the
 * plugin process only map the files the browser names to them. Whoever maps one
 * unmaps it with {@link #close()} when done: a deleted file stays in RAM for as long
 * as any process still maps it.
 *
 * <p>Not thread-safe: one thread owns a mapping (gpu-display, a renderer's
 * compositor, plugin-paint).
 */
public final class SharedBuffer implements AutoCloseable {
    private final Path path;
    private final MappedByteBuffer memory;
    private boolean closed;

    private SharedBuffer(Path path, MappedByteBuffer memory) {
        this.path = path;
        this.memory = memory;
    }

    /** Creates (or truncates) the file with owner-only permissions, sized {@code bytes}. */
    public static SharedBuffer create(Path path, long bytes) throws IOException {
        if (!Files.exists(path)) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            file.truncate(0);
            if (bytes > 0) {
                file.position(bytes - 1);
                file.write(ByteBuffer.wrap(new byte[1]));
            }
            return new SharedBuffer(path, file.map(FileChannel.MapMode.READ_WRITE, 0, bytes));
        }
    }

    /** Maps an existing file that must be exactly {@code bytes} long. */
    public static SharedBuffer open(Path path, long bytes, boolean writable) throws IOException {
        StandardOpenOption[] options = writable
                ? new StandardOpenOption[] {StandardOpenOption.READ, StandardOpenOption.WRITE}
                : new StandardOpenOption[] {StandardOpenOption.READ};
        try (FileChannel file = FileChannel.open(path, options)) {
            if (file.size() != bytes) {
                throw new IOException("shared buffer " + path + " is " + file.size() + " bytes, expected " + bytes);
            }
            FileChannel.MapMode mode = writable ? FileChannel.MapMode.READ_WRITE : FileChannel.MapMode.READ_ONLY;
            return new SharedBuffer(path, file.map(mode, 0, bytes));
        }
    }

    public Path path() { return path; }

    public long size() { return memory.capacity(); }

    /** A view of {@code length} bytes from {@code offset}, with its own position. */
    public ByteBuffer slice(long offset, long length) {
        if (closed) throw new IllegalStateException("shared buffer " + path + " is unmapped");
        if (!Bounds.fitsWithin(offset, length, memory.capacity())) {
            throw new IndexOutOfBoundsException("slice " + offset + "+" + length + " outside " + memory.capacity());
        }
        return memory.slice((int) offset, (int) length);
    }

    /**
     * Unmaps the file now, rather than whenever the garbage collector gets to the
     * buffer (perhaps never, on an idle heap). Java 17 has no public way to unmap a
     * {@code MappedByteBuffer}; {@code sun.misc.Unsafe.invokeCleaner} (module
     * jdk.unsupported) is the one the JDK itself offers for it, used here and nowhere else.
     *
     * <p>Unmapping is safe only when no view of this buffer is used again: touching
     * one afterwards is a segmentation fault that takes the whole process down, not an
     * exception. So the caller must know that every slice it handed out is dead (the gpu
     * releases a buffer only once no surface reads from it, see {@code SurfaceManager});
     * {@link #slice} refuses to make new ones. Closing twice does nothing.
     */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        unmap(memory);
    }

    public boolean isClosed() { return closed; }

    /** {@code Unsafe.invokeCleaner(memory)}, looked up each time: buffers are unmapped rarely. */
    private static void unmap(MappedByteBuffer memory) {
        try {
            Class<?> type = Class.forName("sun.misc.Unsafe");
            java.lang.reflect.Field field = type.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            type.getMethod("invokeCleaner", ByteBuffer.class).invoke(field.get(null), memory);
        } catch (ReflectiveOperationException failed) {
            throw new IllegalStateException("cannot unmap a shared buffer", failed);
        }
    }
}
