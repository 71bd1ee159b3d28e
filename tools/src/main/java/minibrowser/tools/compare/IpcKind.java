package minibrowser.tools.compare;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import minibrowser.common.Language;

/**
 * The IPC kinds of the study notes, each with how its two ends meet. The caller
 * makes the meeting point ({@link #open}); the echo, a thread of this JVM or a
 * process of its own ({@link IpcLabPeer}), joins it from the words in
 * {@link Link#where}.
 */
enum IpcKind {
    // Each kind: its name and how many times a message is copied, in English and in Korean.
    SHARED_MEMORY("shared memory (a mapped file in /dev/shm)", "공유 메모리 (/dev/shm에 매핑한 파일)",
            "2 in user space (into the mapping, out of it), none by the kernel; a reader may use it in place (0)",
            "사용자 공간에서 2번 (매핑에 넣을 때, 꺼낼 때), 커널은 0번; 읽는 쪽이 제자리에서 쓰면 0번"),
    FILE("a file (pwrite, then pread through the page cache)", "파일 (pwrite 후 페이지 캐시를 거쳐 pread)",
            "2 by the kernel (into the page cache, out of it)", "커널이 2번 (페이지 캐시에 넣을 때, 꺼낼 때)"),
    FILE_FSYNC("a file, with fsync before each message is counted sent", "파일, 메시지마다 fsync해야 보낸 것으로 침",
            "2 by the kernel, and a write to the disk", "커널이 2번, 그리고 디스크 쓰기"),
    UNIX_SOCKET("Unix domain socket", "Unix 도메인 소켓",
            "2 by the kernel (into the socket buffer, out of it)", "커널이 2번 (소켓 버퍼에 넣을 때, 꺼낼 때)"),
    TCP("TCP over loopback", "루프백 TCP",
            "2 by the kernel, through the TCP/IP stack", "커널이 2번, TCP/IP 스택을 거침"),
    PIPE("anonymous pipe (pipe(2), inherited)", "익명 파이프 (pipe(2), 상속받음)",
            "2 by the kernel (into the pipe buffer, out of it)", "커널이 2번 (파이프 버퍼에 넣을 때, 꺼낼 때)"),
    NAMED_PIPE("named pipe (mkfifo)", "이름 있는 파이프 (mkfifo)",
            "2 by the kernel (into the pipe buffer, out of it)", "커널이 2번 (파이프 버퍼에 넣을 때, 꺼낼 때)"),
    MESSAGE_QUEUE("POSIX message queue (mq_open, through JNA)", "POSIX 메시지 큐 (mq_open, JNA로 호출)",
            "2 by the kernel (mq_send in, mq_receive out), 8 KB a message",
            "커널이 2번 (mq_send로 넣고 mq_receive로 꺼냄), 메시지당 8 KB");

    /** Each mailbox of the shared-memory and file kinds holds a whole 4 MB message. */
    static final long MAILBOX_BYTES = Mailbox.HEADER + IpcLab.BULK_BYTES;

    private final String label;
    private final String labelKorean;
    private final String copies;
    private final String copiesKorean;

    IpcKind(String label, String labelKorean, String copies, String copiesKorean) {
        this.label = label;
        this.labelKorean = labelKorean;
        this.copies = copies;
        this.copiesKorean = copiesKorean;
    }

    /** The kind's name in the table: "shared memory (a mapped file in /dev/shm)". */
    String label(Language language) {
        return language.pick(label, labelKorean);
    }

    /** How many times a message is copied on its way, and by whom. */
    String copies(Language language) {
        return language.pick(copies, copiesKorean);
    }

    /** The meeting point of one link, made by the caller. */
    interface Link extends AutoCloseable {
        /** What the echo process needs to join (paths, a port, queue names). */
        List<String> where();

        /** The caller's end, once the echo (the process {@code peer}, or null for a thread) is on its way. */
        IpcEnd caller(Process peer) throws IOException;

        /** The echo's end when it is a thread of this JVM. */
        IpcEnd echo() throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Makes the meeting point in {@code dir} (a private directory the caller removes). */
    Link open(Path dir) throws IOException, InterruptedException {
        return switch (this) {
            case SHARED_MEMORY, FILE, FILE_FSYNC -> {
                Path file = (this == SHARED_MEMORY ? Path.of("/dev/shm") : dir)
                        .resolve("minibrowser-lab-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    channel.write(java.nio.ByteBuffer.allocate(1), 2 * MAILBOX_BYTES - 1); // two zeroed mailboxes
                }
                yield new Base(this, List.of(file.toString()), file) {
                    @Override
                    public IpcEnd caller(Process peer) throws IOException {
                        return mailbox(kind, file, true);
                    }
                };
            }
            case UNIX_SOCKET -> {
                Path socket = dir.resolve("lab.sock");
                ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                server.bind(UnixDomainSocketAddress.of(socket));
                yield new Base(this, List.of(socket.toString()), server) {
                    @Override
                    public IpcEnd caller(Process peer) throws IOException {
                        SocketChannel channel = server.accept();
                        return IpcEnd.of(Channels.newInputStream(channel), Channels.newOutputStream(channel), channel);
                    }
                };
            }
            case TCP -> {
                ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                yield new Base(this, List.of(String.valueOf(server.getLocalPort())), server) {
                    @Override
                    public IpcEnd caller(Process peer) throws IOException {
                        Socket socket = server.accept();
                        socket.setTcpNoDelay(true);
                        return IpcEnd.of(socket.getInputStream(), socket.getOutputStream(), socket);
                    }
                };
            }
            case PIPE -> {
                Pipe there = Pipe.open();
                Pipe back = Pipe.open();
                yield new Base(this, List.of(), there.sink(), there.source(), back.sink(), back.source()) {
                    @Override
                    public IpcEnd caller(Process peer) {
                        if (peer != null) return IpcEnd.of(peer.getInputStream(), peer.getOutputStream()); // its stdin and stdout
                        return IpcEnd.of(Channels.newInputStream(back.source()), Channels.newOutputStream(there.sink()));
                    }

                    @Override
                    public IpcEnd echo() {
                        return IpcEnd.of(Channels.newInputStream(there.source()), Channels.newOutputStream(back.sink()));
                    }
                };
            }
            case NAMED_PIPE -> {
                Path there = SwitchProbe.fifo(dir.resolve("there"));
                Path back = SwitchProbe.fifo(dir.resolve("back"));
                yield new Base(this, List.of(there.toString(), back.toString())) {
                    @Override
                    public IpcEnd caller(Process peer) throws IOException {
                        // Opened in the echo's order (there, then back): opening a FIFO waits for its other end.
                        FileOutputStream out = new FileOutputStream(there.toFile());
                        return IpcEnd.of(new FileInputStream(back.toFile()), out);
                    }
                };
            }
            case MESSAGE_QUEUE -> {
                String name = "/minibrowser-lab-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100000;
                MessageQueue there = MessageQueue.open(name + "-there");
                MessageQueue back = MessageQueue.open(name + "-back");
                yield new Base(this, List.of(name + "-there", name + "-back"), there::unlink, back::unlink) {
                    @Override
                    public IpcEnd caller(Process peer) {
                        return MessageQueue.end(there, back);
                    }
                };
            }
        };
    }

    /** The echo's end, made from the words of {@link Link#where} (in the echo process, or a thread). */
    static IpcEnd echoOf(IpcKind kind, List<String> where) throws IOException {
        return switch (kind) {
            case SHARED_MEMORY, FILE, FILE_FSYNC -> mailbox(kind, Path.of(where.get(0)), false);
            case UNIX_SOCKET -> {
                SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(where.get(0)));
                yield IpcEnd.of(Channels.newInputStream(channel), Channels.newOutputStream(channel), channel);
            }
            case TCP -> {
                Socket socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(where.get(0))));
                yield IpcEnd.of(socket.getInputStream(), socket.getOutputStream(), socket);
            }
            case PIPE -> IpcEnd.of(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
            case NAMED_PIPE -> {
                FileInputStream in = new FileInputStream(where.get(0));
                yield IpcEnd.of(in, new FileOutputStream(where.get(1)));
            }
            case MESSAGE_QUEUE -> MessageQueue.end(MessageQueue.open(where.get(1)), MessageQueue.open(where.get(0)));
        };
    }

    private static IpcEnd mailbox(IpcKind kind, Path file, boolean caller) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        Mailbox.Region region = kind == SHARED_MEMORY
                ? Mailbox.mapped(channel, 2 * MAILBOX_BYTES)
                : Mailbox.file(channel, kind == FILE_FSYNC);
        return new Mailbox(region, MAILBOX_BYTES, caller, channel);
    }

    /** A link's kind, its words for the echo, and what to close or remove when the run is over. */
    private abstract static class Base implements Link {
        final IpcKind kind;
        private final List<String> where;
        private final AutoCloseable[] resources;

        Base(IpcKind kind, List<String> where, AutoCloseable... resources) {
            this.kind = kind;
            this.where = where;
            this.resources = resources;
        }

        Base(IpcKind kind, List<String> where, Path file) {
            this(kind, where, () -> Files.deleteIfExists(file));
        }

        @Override
        public List<String> where() {
            return where;
        }

        /** The same end the echo process makes from {@link #where}; the anonymous pipe's differs. */
        @Override
        public IpcEnd echo() throws IOException {
            return echoOf(kind, where);
        }

        @Override
        public void close() {
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception ignored) {
                    // Closing is best effort.
                }
            }
        }
    }
}
