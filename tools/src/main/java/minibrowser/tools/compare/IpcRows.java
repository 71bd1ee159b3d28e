package minibrowser.tools.compare;

import minibrowser.tools.harness.RunningBrowser;
import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import minibrowser.browser.children.ChildMain;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import minibrowser.browser.children.ChildJvmFlags;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.browser.children.ChildType;
import minibrowser.common.Language;
import minibrowser.common.TabIds;
import minibrowser.common.ipc.ChildEndpoint;
import minibrowser.common.ipc.Secrets;
import minibrowser.common.ipc.SharedBuffer;
import minibrowser.common.ipc.Transport;
import minibrowser.proto.CompositorFrame;
import minibrowser.proto.ConfigureDisplayRequest;
import minibrowser.proto.CreateFrameSinkRequest;
import minibrowser.proto.FrameFormat;
import minibrowser.proto.FrameSinkGrpc;
import minibrowser.proto.GpuGrpc;
import minibrowser.proto.RegisterBufferRequest;
import minibrowser.proto.bench.FrameBenchGrpc;
import minibrowser.proto.bench.FrameBytes;

/**
 * The communication rows, each measured once across processes (Unix-socket gRPC) and
 * once between threads of this JVM (in-process gRPC):
 * <ul>
 *   <li>an empty call: {@code FrameBench.SubmitFrameBytes} with no bytes, answered at once
 *       by the benchmark peer ({@link FrameBenchPeer}, a process or threads started here);</li>
 *   <li>a 1280 x 800 ARGB frame (4,096,000 bytes) inside a gRPC message (the same call,
 *       copying the pixels into the message as a renderer would have to; the peer copies
 *       them out, as a gpu would have to);</li>
 *   <li>the same frame through shared memory: the pixels are already in the mapped
 *       file, {@code SubmitCompositorFrame} names the slot, and the real gpu code (started
 *       as a process, or as threads) checks the frame and makes it the tab's surface where
 *       it lies before it answers (what renderers really do);</li>
 *   <li>a plain copy of the same 4,096,000 bytes in this JVM, for scale.</li>
 * </ul>
 */
final class IpcRows {
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;
    static final int FRAME_BYTES = WIDTH * HEIGHT * 4;

    /** The figures of one model. */
    record Figures(Samples emptyCallUs, Samples frameInMessageMs, Samples frameSharedMemoryMs) {}

    private IpcRows() {}

    /** The figures across processes and between threads, and the plain copy for scale. */
    record Results(Figures process, Figures threads, Samples memcpy) implements Measured {
        @Override
        public List<Row> rows(Language language) {
            String group = language.pick("communication", "통신");
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(group, language.pick("empty call round trip", "빈 호출의 왕복 지연"),
                    process.emptyCallUs().format("µs", 1), threads.emptyCallUs().format("µs", 1), "", language.pick(
                            "unary gRPC call to the benchmark peer (served on its event loop, as the gpu serves frames), "
                                    + "Unix socket (epoll) vs in-process transport; "
                                    + "batches of 200 calls, median of batch means",
                            "벤치마크 상대 프로세스로 보내는 unary gRPC 호출 (gpu가 프레임을 받듯 이벤트 루프에서 응답), "
                                    + "Unix 소켓 (epoll) 대 in-process 전송; "
                                    + "200번씩 묶어 호출, 묶음 평균들의 중앙값")));
            rows.add(new Row(group, language.pick("4 MB frame inside a gRPC message", "gRPC 메시지에 담은 4 MB 프레임"),
                    process.frameInMessageMs().format("ms", 2), threads.frameInMessageMs().format("ms", 2), "",
                    language.pick("1280x800 ARGB pixels copied into the request (FrameBench.SubmitFrameBytes); "
                                    + "the peer copies them out",
                            "1280x800 ARGB 픽셀을 요청에 복사해 넣음 (FrameBench.SubmitFrameBytes); "
                                    + "받는 쪽이 다시 복사해 꺼냄")));
            rows.add(new Row(group, language.pick("4 MB frame through shared memory", "공유 메모리로 넘기는 4 MB 프레임"),
                    process.frameSharedMemoryMs().format("ms", 2), threads.frameSharedMemoryMs().format("ms", 2),
                    "< 2x memcpy", language.pick(
                            "frame already in the memory-mapped file; SubmitCompositorFrame names the slot, the gpu checks it, "
                                    + "makes it the tab's surface in place (no copy) and answers",
                            "프레임은 이미 메모리 매핑 파일 안에 있음; SubmitCompositorFrame은 슬롯만 알려 주고, "
                                    + "gpu는 프레임을 확인해 그 자리에서 (복사 없이) 탭의 화면으로 삼은 뒤 응답")));
            rows.add(new Row(group, language.pick("4 MB plain memory copy", "4 MB 단순 메모리 복사"),
                    memcpy.format("ms", 2), memcpy.format("ms", 2), "",
                    language.pick("System.arraycopy of 1,024,000 ints in one JVM (the yardstick)",
                            "한 JVM 안에서 int 1,024,000개를 System.arraycopy (비교 기준)")));
            return rows;
        }
    }

    /** @param entryPoints the children's entry points, for the rows between threads of this JVM */
    static Results measure(int runs, Function<ChildType, ChildMain> entryPoints) throws Exception {
        Figures process = measure(null, runs);
        Figures threads = measure(entryPoints, runs);
        return new Results(process, threads, memcpyMs(runs));
    }

    /** @param inProcess the children's entry points, to run the peer and the gpu on threads; null: as processes */
    private static Figures measure(Function<ChildType, ChildMain> inProcess, int runs) throws Exception {
        Samples[] peer = measurePeer(inProcess != null, runs);
        return new Figures(peer[0], peer[1], measureGpu(inProcess, runs));
    }

    /** The empty call (µs) and the frame inside a message (ms), against the benchmark peer. */
    private static Samples[] measurePeer(boolean inProcess, int runs) throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "minibrowser-frame-bench-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        String secret = Secrets.generate();
        Process process = null;
        Server server = null;
        try (Transport transport = new Transport("compare-bench")) {
            String address;
            if (inProcess) {
                address = Transport.inProcessAddress(dir, "frame-bench");
                server = FrameBenchPeer.serve(transport, address, secret);
            } else {
                List<String> command = new ArrayList<>();
                command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
                command.addAll(new ChildJvmFlags(null, RunningBrowser.jar()).forType(ChildType.GPU)); // as the gpu runs
                command.addAll(List.of("-cp", RunningBrowser.jar().toString(), FrameBenchPeer.class.getName(),
                        transport.addressFor(dir, "frame-bench")));
                process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                address = startedPeer(process, secret);
            }
            ManagedChannel channel = transport.connect(address, secret);
            try {
                FrameBenchGrpc.FrameBenchBlockingStub bench = FrameBenchGrpc.newBlockingStub(channel);
                byte[] frame = new byte[FRAME_BYTES];
                for (int i = 0; i < FRAME_BYTES / 4; i++) ByteBuffer.wrap(frame).putInt(i * 4, 0xFF000000 | i);
                Runnable empty = () -> bench.submitFrameBytes(FrameBytes.getDefaultInstance());
                Runnable inMessage = () -> bench.submitFrameBytes(
                        FrameBytes.newBuilder().setPixels(ByteString.copyFrom(frame)).build());
                repeat(empty, 2000);           // warm up: JIT, connection, thread pools
                repeat(inMessage, 30);
                Samples emptyUs = new Samples();
                Samples messageMs = new Samples();
                for (int run = 0; run < runs; run++) {
                    for (int batch = 0; batch < 5; batch++) emptyUs.add(timeEach(empty, 200) / 1e3);
                    for (int batch = 0; batch < 3; batch++) messageMs.add(timeEach(inMessage, 10) / 1e6);
                }
                return new Samples[] {emptyUs, messageMs};
            } finally {
                channel.shutdownNow();
            }
        } finally {
            if (server != null) server.shutdownNow();
            if (process != null) {
                process.getOutputStream().close(); // the peer ends when its stdin does
                if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
            }
            ChildEndpoint.deleteQuietly(dir);
        }
    }

    /** Hands the peer process its secret and waits for the address it listens at. */
    private static String startedPeer(Process process, String secret) throws IOException {
        process.getOutputStream().write((secret + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(FrameBenchPeer.READY)) return line.substring(FrameBenchPeer.READY.length());
        }
        throw new IOException("the frame-bench peer ended before it listened (exit " + process.exitValue() + ")");
    }

    /** The frame through shared memory (ms), against the real gpu code. */
    private static Samples measureGpu(Function<ChildType, ChildMain> inProcess, int runs) throws Exception {
        try (ChildHarness harness = new ChildHarness(inProcess, null)) {
            ChildProcessHost gpu = harness.launch(ChildType.GPU);
            GpuGrpc.GpuBlockingStub control = GpuGrpc.newBlockingStub(gpu.channel()).withDeadlineAfter(30, TimeUnit.SECONDS);
            control.configureDisplay(ConfigureDisplayRequest.newBuilder().setTerminal(false)
                    .setColumns(WIDTH).setRows(HEIGHT).setTruecolor(true).build());
            String token = Secrets.generate();
            control.createFrameSink(CreateFrameSinkRequest.newBuilder().setToken(token).setTab(TabIds.of(1)).build());
            Path file = harness.session().resolve("frames-tab1-1.shm");
            SharedBuffer buffer = SharedBuffer.create(file, FRAME_BYTES);
            ByteBuffer pixels = buffer.slice(0, FRAME_BYTES);
            for (int i = 0; i < FRAME_BYTES / 4; i++) pixels.putInt(i * 4, 0xFF000000 | i);
            control.registerBuffer(RegisterBufferRequest.newBuilder().setToken(token).setBufferId(1)
                    .setPath(file.toString()).setBytes(FRAME_BYTES).build());
            ManagedChannel channel = harness.transport().connect(gpu.address(), token);
            try {
                FrameSinkGrpc.FrameSinkBlockingStub sink = FrameSinkGrpc.newBlockingStub(channel);
                long[] sequence = {0};
                Runnable shared = () -> sink.submitCompositorFrame(CompositorFrame.newBuilder().setBufferId(1).setOffset(0)
                        .setSequence(++sequence[0]).setFormat(FrameFormat.FRAME_FORMAT_ARGB)
                        .setWidth(WIDTH).setHeight(HEIGHT).build());
                repeat(shared, 30);            // warm up
                Samples sharedMs = new Samples();
                for (int run = 0; run < runs; run++) {
                    for (int batch = 0; batch < 3; batch++) sharedMs.add(timeEach(shared, 10) / 1e6);
                }
                return sharedMs;
            } finally {
                channel.shutdownNow();
            }
        }
    }

    /** A plain 4 MB copy, the yardstick of the frame rows. */
    private static Samples memcpyMs(int runs) {
        int[] from = new int[FRAME_BYTES / 4];
        int[] to = new int[FRAME_BYTES / 4];
        for (int i = 0; i < from.length; i++) from[i] = i;
        Runnable copy = () -> System.arraycopy(from, 0, to, 0, from.length);
        repeat(copy, 200);
        Samples ms = new Samples();
        for (int i = 0; i < runs * 3; i++) ms.add(timeEach(copy, 20) / 1e6);
        return ms;
    }

    private static void repeat(Runnable work, int times) {
        for (int i = 0; i < times; i++) work.run();
    }

    /** Mean nanoseconds per run of {@code work} over {@code times} runs. */
    static double timeEach(Runnable work, int times) {
        long start = System.nanoTime();
        repeat(work, times);
        return (System.nanoTime() - start) / (double) times;
    }
}
