package minibrowser.browser.hostile;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import minibrowser.common.ipc.Transport;
import minibrowser.proto.AllocateFrameBufferRequest;
import minibrowser.proto.BadMessageReport;
import minibrowser.proto.CaptureScreenshotRequest;
import minibrowser.proto.ChildProcessGrpc;
import minibrowser.proto.CompositorFrame;
import minibrowser.proto.ConsoleLevel;
import minibrowser.proto.ConsoleMessageRequest;
import minibrowser.proto.RequestNavigationRequest;
import minibrowser.proto.RunDialogReply;
import minibrowser.proto.RunDialogRequest;
import minibrowser.proto.ScriptFetchReply;
import minibrowser.proto.ScriptFetchRequest;
import minibrowser.proto.ControlGrpc;
import minibrowser.proto.CreatePluginInstanceRequest;
import minibrowser.proto.FetchSubresourceRequest;
import minibrowser.proto.FrameFormat;
import minibrowser.proto.FrameSinkGrpc;
import minibrowser.proto.GpuGrpc;
import minibrowser.proto.ListTabsRequest;
import minibrowser.proto.ListThreadsRequest;
import minibrowser.proto.PluginSurface;
import minibrowser.proto.ProcessHostGrpc;
import minibrowser.proto.RendererHostGrpc;
import minibrowser.proto.TabId;
import minibrowser.proto.Url;

/**
 * What the puppet's test tells it to do: lines {@code ID TAB VERB ARGS...} in the file
 * {@code commands} of its directory, carried out in order by the puppet that draws tab
 * {@code TAB} (several puppets may read the file), each answered with a line
 * {@code ID OK ...} or {@code ID <gRPC status code> <description>} in {@code results}.
 *
 * <pre>
 *   fetch TAB URL                  RendererHost.FetchSubresource
 *   frame-buffer TAB BYTES         RendererHost.AllocateFrameBuffer
 *   plugin TAB MIME SRC            RendererHost.CreatePluginInstance
 *   raw-fetch HEX                  RendererHost.FetchSubresource with these bytes as the request
 *   report-bad TAB                 ProcessHost.ReportBadMessage naming the tab's own sink token
 *   control SOCKET                 Control.ListTabs on the control socket, with the renderer's secret
 *   gpu-screenshot TAB             Gpu.CaptureScreenshot, with the tab's frame-sink token
 *   gpu-threads TAB                ChildProcess.ListThreads of the gpu, with the tab's frame-sink token
 *   plugin-surface TAB             FrameSink.SubmitPluginSurface, with the tab's frame-sink token
 *   frame TAB BUFFER OFFSET W H [cells]  FrameSink.SubmitCompositorFrame (ARGB, or terminal cells), with the tab's token
 *   raw-frame TAB HEX              FrameSink.SubmitCompositorFrame with these bytes as the request
 *   link URL                       report URL as the link on screen and under every click
 *   console TAB LEVEL TEXT...      RendererHost.ConsoleMessage (LEVEL: the ConsoleLevel number)
 *   console-long TAB CHARS         RendererHost.ConsoleMessage of CHARS characters
 *   dialog TAB NAV KIND TEXT...    RendererHost.RunDialog (KIND: the DialogKind number); waits for the answer,
 *                                  answering no ping meanwhile (as a real renderer's main thread)
 *   busy TAB SECONDS               answer no ping for that long (a main thread that spins)
 *   navigate TAB NAV URL [replace] RendererHost.RequestNavigation
 *   script-fetch TAB NAV METHOD URL [BODY]  RendererHost.ScriptFetch (METHOD: the HttpMethod number)
 * </pre>
 * NAV is a navigation id, or {@code current}: the one the browser last committed to the tab.
 */
final class PuppetCommands {
    private final Path dir;
    private final RendererHostGrpc.RendererHostBlockingStub host;
    private final ManagedChannel browser;
    private final PuppetRendererService renderer;
    private final Transport transport;
    private final String secret;
    private long sequence;

    PuppetCommands(Path dir, ManagedChannel browser, PuppetRendererService renderer, Transport transport, String secret) {
        this.dir = dir;
        this.browser = browser;
        this.host = RendererHostGrpc.newBlockingStub(browser);
        this.renderer = renderer;
        this.transport = transport;
        this.secret = secret;
    }

    /** Polls for commands until the process ends (the browser kills it, or closes its pipe). */
    void run() throws Exception {
        Path commands = dir.resolve("commands");
        long done = Files.exists(commands) ? Files.readAllLines(commands).size() : 0; // older tests' commands
        while (true) {
            List<String> lines = Files.exists(commands) ? Files.readAllLines(commands) : List.of();
            for (int i = (int) done; i < lines.size(); i++) {
                String[] words = lines.get(i).split(" ");
                done = i + 1;
                if (renderer.grant(Integer.parseInt(words[1])) == null) continue; // another puppet's tab
                String id = words[0];
                String answer;
                try {
                    answer = "OK " + carryOut(java.util.Arrays.copyOfRange(words, 2, words.length));
                } catch (StatusRuntimeException refused) {
                    answer = refused.getStatus().getCode() + " " + refused.getStatus().getDescription();
                } catch (RuntimeException broken) {
                    answer = "ERROR " + broken;
                }
                Files.writeString(dir.resolve("results"), id + " " + answer.replace('\n', ' ') + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            Thread.sleep(20);
        }
    }

    private String carryOut(String[] words) throws Exception {
        switch (words[0]) {
            case "fetch":
                return host.withDeadlineAfter(20, TimeUnit.SECONDS).fetchSubresource(FetchSubresourceRequest.newBuilder()
                        .setTab(tab(words[1])).setUrl(Url.newBuilder().setSpec(words[2])).build()).getBody().size() + " bytes";
            case "frame-buffer":
                return host.withDeadlineAfter(20, TimeUnit.SECONDS).allocateFrameBuffer(AllocateFrameBufferRequest
                        .newBuilder().setTab(tab(words[1])).setBytes(Long.parseLong(words[2])).build()).toString();
            case "plugin":
                return host.withDeadlineAfter(20, TimeUnit.SECONDS).createPluginInstance(CreatePluginInstanceRequest
                        .newBuilder().setTab(tab(words[1])).setMimeType(words[2]).setWidth(100).setHeight(50)
                        .setSrc(Url.newBuilder().setSpec(words[3])).build()).toString();
            case "raw-fetch":
                return raw(browser, RendererHostGrpc.getFetchSubresourceMethod(), words[1]);
            case "report-bad":
                ProcessHostGrpc.newBlockingStub(browser).withDeadlineAfter(20, TimeUnit.SECONDS).reportBadMessage(
                        BadMessageReport.newBuilder().setFrameSinkToken(grant(words[1]).token()).setReason("lies").build());
                return "";
            case "control":
                return onChannel("unix:" + words[1], secret, channel -> ControlGrpc.newBlockingStub(channel)
                        .withDeadlineAfter(20, TimeUnit.SECONDS).listTabs(ListTabsRequest.getDefaultInstance()).toString());
            case "gpu-screenshot":
                return onGpu(words[1], channel -> GpuGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS)
                        .captureScreenshot(CaptureScreenshotRequest.newBuilder().setTab(tab(words[1])).build()).getPng()
                        .size() + " bytes");
            case "gpu-threads":
                return onGpu(words[1], channel -> ChildProcessGrpc.newBlockingStub(channel)
                        .withDeadlineAfter(20, TimeUnit.SECONDS).listThreads(ListThreadsRequest.getDefaultInstance()).toString());
            case "plugin-surface":
                return onGpu(words[1], channel -> FrameSinkGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS)
                        .submitPluginSurface(PluginSurface.newBuilder().setBufferId(1).setSequence(1).setWidth(1)
                                .setHeight(1).build()).toString());
            case "frame":
                return onGpu(words[1], channel -> FrameSinkGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS)
                        .submitCompositorFrame(CompositorFrame.newBuilder().setBufferId(Integer.parseInt(words[2]))
                                .setOffset(Long.parseLong(words[3])).setSequence(++sequence)
                                .setFormat(words.length > 6 && words[6].equals("cells") ? FrameFormat.FRAME_FORMAT_CELLS
                                        : FrameFormat.FRAME_FORMAT_ARGB).setWidth(Integer.parseInt(words[4]))
                                .setHeight(Integer.parseInt(words[5])).build()).toString());
            case "raw-frame":
                return onGpu(words[1], channel -> raw(channel, FrameSinkGrpc.getSubmitCompositorFrameMethod(), words[2]));
            case "link":
                renderer.reportLink(words[1]);
                return "";
            case "console":
                host.withDeadlineAfter(20, TimeUnit.SECONDS).consoleMessage(ConsoleMessageRequest.newBuilder()
                        .setTab(tab(words[1])).setLevelValue(Integer.parseInt(words[2]))
                        .setText(rest(words, 3)).setSource("puppet.js:1").build());
                return "";
            case "console-long":
                host.withDeadlineAfter(20, TimeUnit.SECONDS).consoleMessage(ConsoleMessageRequest.newBuilder()
                        .setTab(tab(words[1])).setLevel(ConsoleLevel.CONSOLE_LEVEL_LOG)
                        .setText("x".repeat(Integer.parseInt(words[2]))).build());
                return "";
            case "dialog": {
                renderer.mainBusy(true); // main waits for the answer, as a real renderer's does
                try {
                    RunDialogReply answer = host.withDeadlineAfter(120, TimeUnit.SECONDS).runDialog(RunDialogRequest
                            .newBuilder().setTab(tab(words[1])).setNavigationId(navigation(words[1], words[2]))
                            .setKindValue(Integer.parseInt(words[3])).setMessage(rest(words, 4))
                            .setDefaultValue("default").build());
                    return "accepted=" + answer.getAccepted() + " value=" + answer.getValue();
                } finally {
                    renderer.mainBusy(false);
                }
            }
            case "busy":
                renderer.mainBusy(true);
                try {
                    Thread.sleep(Long.parseLong(words[2]) * 1000);
                } finally {
                    renderer.mainBusy(false);
                }
                return "";
            case "navigate":
                host.withDeadlineAfter(20, TimeUnit.SECONDS).requestNavigation(RequestNavigationRequest.newBuilder()
                        .setTab(tab(words[1])).setNavigationId(navigation(words[1], words[2]))
                        .setUrl(Url.newBuilder().setSpec(words[3])).setReplace(words.length > 4 && words[4].equals("replace"))
                        .build());
                return "";
            case "script-fetch": {
                ScriptFetchReply reply = host.withDeadlineAfter(20, TimeUnit.SECONDS).scriptFetch(ScriptFetchRequest.newBuilder()
                        .setTab(tab(words[1])).setNavigationId(navigation(words[1], words[2]))
                        .setMethodValue(Integer.parseInt(words[3])).setUrl(Url.newBuilder().setSpec(words[4]))
                        .setBody(com.google.protobuf.ByteString.copyFromUtf8(words.length > 5 ? words[5] : "")).build());
                return reply.getStatus() + " " + reply.getStatusText() + " " + reply.getBody().size() + " bytes "
                        + reply.getFinalUrl();
            }
            default:
                return "unknown command " + words[0];
        }
    }

    private interface OnChannel {
        String call(Channel channel) throws Exception;
    }

    /** A call over a new channel to {@code address} that presents {@code credential}. */
    private String onChannel(String address, String credential, OnChannel call) throws Exception {
        ManagedChannel channel = transport.connect(address, credential);
        try {
            return call.call(channel);
        } finally {
            channel.shutdownNow();
        }
    }

    /** A call to the gpu with the frame-sink token the browser gave this renderer for {@code tab}. */
    private String onGpu(String tab, OnChannel call) throws Exception {
        PuppetRendererService.GpuGrant grant = grant(tab);
        return onChannel(grant.gpuAddress(), grant.token(), call);
    }

    private PuppetRendererService.GpuGrant grant(String tab) {
        PuppetRendererService.GpuGrant grant = renderer.grant(Integer.parseInt(tab));
        if (grant == null) throw new IllegalStateException("no ConnectGpu for tab " + tab);
        return grant;
    }

    /** Calls {@code method} with the request's bytes written by hand (they need not parse). */
    private static String raw(Channel channel, MethodDescriptor<?, ?> method, String hex) {
        MethodDescriptor<byte[], byte[]> bytes = MethodDescriptor.<byte[], byte[]>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY).setFullMethodName(method.getFullMethodName())
                .setRequestMarshaller(BYTES).setResponseMarshaller(BYTES).build();
        return ClientCalls.blockingUnaryCall(channel, bytes, CallOptions.DEFAULT.withDeadlineAfter(20, TimeUnit.SECONDS),
                HexFormat.of().parseHex(hex)).length + " bytes";
    }

    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
        @Override public InputStream stream(byte[] value) { return new ByteArrayInputStream(value); }
        @Override public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** A navigation id: the number, or "current" for the one last committed to the tab. */
    private long navigation(String tab, String word) {
        return word.equals("current") ? renderer.navigation(Integer.parseInt(tab)) : Long.parseLong(word);
    }

    /** The words from {@code from} on, as one text. */
    private static String rest(String[] words, int from) {
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.min(from, words.length), words.length));
    }

    private static TabId tab(String id) {
        return TabId.newBuilder().setValue(Integer.parseInt(id)).build();
    }

}
