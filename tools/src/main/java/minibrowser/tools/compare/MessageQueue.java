package minibrowser.tools.compare;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.io.IOException;

/**
 * A POSIX message queue ({@code mq_open(3)}), called through JNA because Java has no
 * binding for it: the kernel keeps whole messages in a queue of its own, each copied
 * in by {@code mq_send} and out by {@code mq_receive}, at most {@link #MESSAGE_BYTES}
 * each and {@link #DEPTH} waiting (Linux's defaults, /proc/sys/fs/mqueue).
 */
final class MessageQueue implements AutoCloseable {
    static final int MESSAGE_BYTES = 8192;
    static final int DEPTH = 10;
    private static final int O_RDWR = 2;
    private static final int O_CREAT = 0100;

    /** The C library's message-queue calls (in glibc itself since 2.34). */
    interface Posix extends Library {
        Posix C = Native.load("c", Posix.class);

        int mq_open(String name, int flags, int mode, Pointer attributes);

        int mq_send(int queue, Pointer message, NativeLong length, int priority);

        NativeLong mq_receive(int queue, Pointer buffer, NativeLong length, Pointer priority);

        int mq_close(int queue);

        int mq_unlink(String name);
    }

    private final String name;
    private final int queue;
    private final Memory buffer = new Memory(MESSAGE_BYTES);

    private MessageQueue(String name, int queue) {
        this.name = name;
        this.queue = queue;
    }

    /** Creates the queue {@code name} ("/something"), or opens it when it exists. */
    static MessageQueue open(String name) throws IOException {
        Memory attributes = new Memory(8L * NativeLong.SIZE);
        attributes.clear();
        attributes.setNativeLong(NativeLong.SIZE, new NativeLong(DEPTH));          // mq_maxmsg
        attributes.setNativeLong(2L * NativeLong.SIZE, new NativeLong(MESSAGE_BYTES)); // mq_msgsize
        int queue = Posix.C.mq_open(name, O_RDWR | O_CREAT, 0600, attributes);
        if (queue < 0) throw new IOException("mq_open " + name + " failed, errno " + Native.getLastError());
        return new MessageQueue(name, queue);
    }

    void send(byte[] data, int offset, int length) throws IOException {
        buffer.write(0, data, offset, length);
        if (Posix.C.mq_send(queue, buffer, new NativeLong(length), 0) != 0) {
            throw new IOException("mq_send failed, errno " + Native.getLastError());
        }
    }

    /** One whole message into {@code into} at {@code offset}; its length. */
    int receive(byte[] into, int offset) throws IOException {
        long got = Posix.C.mq_receive(queue, buffer, new NativeLong(MESSAGE_BYTES), Pointer.NULL).longValue();
        if (got < 0) throw new IOException("mq_receive failed, errno " + Native.getLastError());
        buffer.read(0, into, offset, (int) got);
        return (int) got;
    }

    /** Removes the queue's name; the queue itself goes when both sides have closed it. */
    void unlink() {
        Posix.C.mq_unlink(name);
    }

    @Override
    public void close() {
        Posix.C.mq_close(queue);
    }

    /** An end that sends on one queue and receives on another, in messages of at most {@link #MESSAGE_BYTES}. */
    static IpcEnd end(MessageQueue out, MessageQueue in) {
        return new IpcEnd() {
            @Override
            public void send(byte[] data, int length) throws IOException {
                for (int at = 0; at < length; at += MESSAGE_BYTES) out.send(data, at, Math.min(MESSAGE_BYTES, length - at));
            }

            @Override
            public void receive(byte[] into, int length) throws IOException {
                for (int got = 0; got < length; ) got += in.receive(into, got);
            }

            @Override
            public void close() {
                out.close();
                in.close();
            }
        };
    }
}
