package minibrowser.browser;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.common.ipc.Replies;
import minibrowser.proto.Ack;
import minibrowser.proto.BookmarkEntry;
import minibrowser.proto.HistoryEntry;
import minibrowser.proto.ListBookmarksReply;
import minibrowser.proto.ListBookmarksRequest;
import minibrowser.proto.ListHistoryReply;
import minibrowser.proto.ListHistoryRequest;
import minibrowser.proto.StartTracingRequest;
import minibrowser.proto.StopTracingReply;
import minibrowser.proto.StopTracingRequest;
import minibrowser.proto.AnswerDialogRequest;
import minibrowser.proto.ConsoleEntry;
import minibrowser.proto.ConsoleReply;
import minibrowser.proto.DialogInfo;
import minibrowser.proto.ChildProcessGrpc;
import minibrowser.proto.ClickTabReply;
import minibrowser.proto.ClickTabRequest;
import minibrowser.proto.CloseTabRequest;
import minibrowser.proto.ControlGrpc;
import minibrowser.proto.ListProcessesReply;
import minibrowser.proto.ListProcessesRequest;
import minibrowser.proto.ListTabsReply;
import minibrowser.proto.ListTabsRequest;
import minibrowser.proto.ListThreadsRequest;
import minibrowser.proto.NavigateRequest;
import minibrowser.proto.OpenTabRequest;
import minibrowser.proto.ProcessInfo;
import minibrowser.proto.QuitRequest;
import minibrowser.proto.ReloadRequest;
import minibrowser.proto.ScreenshotReply;
import minibrowser.proto.ScreenshotRequest;
import minibrowser.proto.TabInfo;
import minibrowser.proto.TabRequest;

/**
 * The control API (control.proto), served on the {@code --remote-control} socket.
 * Each call is turned into a {@link Browser} method; errors come back as
 * {@code NOT_FOUND} (no such tab) or {@code INVALID_ARGUMENT}.
 */
final class ControlService extends ControlGrpc.ControlImplBase {
    private final Browser browser;
    private final Runnable quit;
    private final TraceSession tracing;
    private final String processModel;

    ControlService(Browser browser, Runnable quit, String processModel, TraceSession tracing) {
        this.tracing = tracing;
        this.browser = browser;
        this.quit = quit;
        this.processModel = processModel;
    }

    @Override
    public void listTabs(ListTabsRequest request, StreamObserver<ListTabsReply> reply) {
        answer(browser.tabs(), tabs -> {
            ListTabsReply.Builder list = ListTabsReply.newBuilder();
            tabs.forEach(t -> list.addTabs(info(t)));
            return list.build();
        }, reply);
    }

    @Override
    public void listProcesses(ListProcessesRequest request, StreamObserver<ListProcessesReply> reply) {
        // Every child's thread names are asked for at once (futures), so a hung child costs one
        // second in all, on no owner thread; the reply is made once the last one answered.
        answer(browser.children().thenCompose(children -> {
            List<CompletableFuture<List<String>>> names = children.stream().map(c -> threadNames(c.process())).toList();
            return CompletableFuture.allOf(names.toArray(new CompletableFuture<?>[0]))
                    .thenApply(allAnswered -> processes(children, names));
        }), list -> list, reply);
    }

    private ListProcessesReply processes(List<ChildSnapshot> children, List<CompletableFuture<List<String>>> names) {
        ListProcessesReply.Builder list = ListProcessesReply.newBuilder().setProcessModel(processModel);
        long self = ProcessHandle.current().pid();
        ProcessInfo.Builder me = ProcessInfo.newBuilder().setPid(self).setType("browser")
                .setRssKb(ProcessStats.rssKb(self)).setPssKb(ProcessStats.pssKb(self))
                .setUptimeMs(ProcessHandle.current().info().startInstant()
                        .map(s -> System.currentTimeMillis() - s.toEpochMilli()).orElse(0L));
        Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().forEach(me::addThreads);
        list.addProcesses(me);
        for (int i = 0; i < children.size(); i++) {
            ChildSnapshot child = children.get(i);
            ChildProcessHost process = child.process();
            // An in-process child's memory is the browser's: counting it again would count it twice.
            boolean inProcess = process.inProcess();
            list.addProcesses(ProcessInfo.newBuilder().setPid(process.pid()).setType(process.type().label())
                    .addAllTabs(child.tabs())
                    .setRssKb(inProcess ? 0 : ProcessStats.rssKb(process.pid()))
                    .setPssKb(inProcess ? 0 : ProcessStats.pssKb(process.pid())).addAllThreads(names.get(i).join())
                    .setUptimeMs(System.currentTimeMillis() - process.started().toEpochMilli())
                    .setRestarts(child.restarts()).setInProcess(inProcess).setRole(child.spare() ? "spare" : "")
                    .setSandboxed(process.sandboxed()));
        }
        return list.build();
    }

    /** The child's own list of thread names (whole names), asked without waiting; /proc's when it does not answer in 1 s. */
    static CompletableFuture<List<String>> threadNames(ChildProcessHost child) {
        if (child.channel() == null) return CompletableFuture.completedFuture(ProcessStats.threadNames(child.pid())); // not ready yet
        return UiThread.answered(ChildProcessGrpc.newFutureStub(child.channel()).withDeadlineAfter(1, TimeUnit.SECONDS)
                        .listThreads(ListThreadsRequest.getDefaultInstance()))
                .thenApply(reply -> {
                    List<String> names = reply.getNamesList();
                    // An in-process child shares the browser's JVM: keep only the threads its type names.
                    return child.inProcess() ? names.stream().filter(n -> n.startsWith(child.type().label() + "-"))
                            .distinct().toList() : names;
                })
                .exceptionally(hungOrGone -> ProcessStats.threadNames(child.pid()));
    }

    @Override
    public void openTab(OpenTabRequest request, StreamObserver<TabInfo> reply) {
        answer(browser.openTab(request.getUrl()).thenCompose(browser::tabSnapshot), ControlService::info, reply);
    }

    @Override
    public void navigate(NavigateRequest request, StreamObserver<TabInfo> reply) {
        answer(browser.navigate(request.getTab(), request.getUrl()).thenCompose(v -> browser.tabSnapshot(request.getTab())),
                ControlService::info, reply);
    }

    @Override
    public void reload(ReloadRequest request, StreamObserver<TabInfo> reply) {
        answer(browser.reload(request.getTab()).thenCompose(v -> browser.tabSnapshot(request.getTab())),
                ControlService::info, reply);
    }

    @Override
    public void goBack(TabRequest request, StreamObserver<TabInfo> reply) {
        answer(browser.goBack(request.getTab()).thenCompose(v -> browser.tabSnapshot(request.getTab())),
                ControlService::info, reply);
    }

    @Override
    public void goForward(TabRequest request, StreamObserver<TabInfo> reply) {
        answer(browser.goForward(request.getTab()).thenCompose(v -> browser.tabSnapshot(request.getTab())),
                ControlService::info, reply);
    }

    @Override
    public void waitForLoad(TabRequest request, StreamObserver<TabInfo> reply) {
        answer(browser.waitForLoad(request.getTab()), ControlService::info, reply);
    }

    @Override
    public void closeTab(CloseTabRequest request, StreamObserver<Ack> reply) {
        answer(browser.closeTab(request.getTab()), v -> Ack.getDefaultInstance(), reply);
    }

    @Override
    public void screenshot(ScreenshotRequest request, StreamObserver<ScreenshotReply> reply) {
        CompletableFuture<ScreenshotReply> written = browser.waitForLoad(request.getTab())
                .thenCompose(t -> browser.screenshot(request.getTab()))
                .thenApply(png -> {
                    try {
                        Path file = Path.of(request.getPath()).toAbsolutePath();
                        Files.write(file, png);
                        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
                        return ScreenshotReply.newBuilder().setPath(file.toString())
                                .setWidth(image.getWidth()).setHeight(image.getHeight()).build();
                    } catch (IOException e) {
                        throw Status.INVALID_ARGUMENT.withDescription("cannot write " + request.getPath() + ": " + e.getMessage())
                                .asRuntimeException();
                    }
                });
        answer(written, r -> r, reply);
    }

    @Override
    public void getConsole(TabRequest request, StreamObserver<ConsoleReply> reply) {
        answer(browser.console(request.getTab()), console -> {
            ConsoleReply.Builder list = ConsoleReply.newBuilder().setDropped(console.dropped());
            console.entries().forEach(e -> list.addMessages(ConsoleEntry.newBuilder().setLevel(e.levelName())
                    .setText(e.text()).setSource(e.source())));
            return list.build();
        }, reply);
    }

    @Override
    public void getDialog(TabRequest request, StreamObserver<DialogInfo> reply) {
        answer(browser.dialog(request.getTab()), dialog -> dialog.map(ControlService::dialogInfo)
                .orElseThrow(() -> noDialog(request.getTab())), reply);
    }

    @Override
    public void answerDialog(AnswerDialogRequest request, StreamObserver<Ack> reply) {
        answer(browser.answerDialog(request.getTab(), request.getAccept(), request.hasValue() ? request.getValue() : null),
                answered -> {
                    if (!answered) throw noDialog(request.getTab());
                    return Ack.getDefaultInstance();
                }, reply);
    }

    private static io.grpc.StatusRuntimeException noDialog(int tab) {
        return Status.FAILED_PRECONDITION.withDescription("tab " + tab + " has no dialog open").asRuntimeException();
    }

    static DialogInfo dialogInfo(DialogSnapshot dialog) {
        return DialogInfo.newBuilder().setKind(dialog.kind()).setMessage(dialog.message()).setValue(dialog.value()).build();
    }

    @Override
    public void click(ClickTabRequest request, StreamObserver<ClickTabReply> reply) {
        Replies.answer(browser.click(request.getTab(), request.getX(), request.getY()),
                link -> ClickTabReply.newBuilder().setLink(link).build(), reply,
                failure -> failure instanceof IllegalArgumentException ? Status.NOT_FOUND.withDescription(failure.getMessage())
                        : failure instanceof IllegalStateException ? Status.UNAVAILABLE.withDescription(failure.getMessage())
                        : Status.INTERNAL.withDescription(Browser.rootMessage(failure)));
    }

    @Override
    public void quit(QuitRequest request, StreamObserver<Ack> reply) {
        // The browser ends only once the answer has left: ending it at once would close the
        // socket under the reply, and the caller would see UNAVAILABLE instead of its Ack.
        // A caller that hangs up first still gets what it asked for.
        ServerCallStreamObserver<Ack> call = (ServerCallStreamObserver<Ack>) reply;
        call.setOnCloseHandler(quit);
        call.setOnCancelHandler(quit);
        reply.onNext(Ack.getDefaultInstance());
        reply.onCompleted();
    }

    @Override
    public void listHistory(ListHistoryRequest request, StreamObserver<ListHistoryReply> reply) {
        if (noProfile(reply)) return;
        int limit = request.getLimit() <= 0 ? 1000 : Math.min(request.getLimit(), 100_000);
        Replies.answer(browser.profile().history(request.getFilter(), limit), visits -> {
            ListHistoryReply.Builder list = ListHistoryReply.newBuilder();
            visits.forEach(v -> list.addEntries(HistoryEntry.newBuilder().setUrl(v.url()).setTitle(v.title())
                    .setVisitCount(v.visitCount()).setLastVisitMillis(v.lastVisit().toEpochMilli())));
            return list.build();
        }, reply, failure -> Status.INTERNAL.withDescription(Browser.rootMessage(failure)));
    }

    @Override
    public void listBookmarks(ListBookmarksRequest request, StreamObserver<ListBookmarksReply> reply) {
        if (noProfile(reply)) return;
        Replies.answer(browser.profile().bookmarks(), bookmarks -> {
            ListBookmarksReply.Builder list = ListBookmarksReply.newBuilder();
            bookmarks.forEach(b -> list.addBookmarks(BookmarkEntry.newBuilder().setUrl(b.url()).setTitle(b.title())));
            return list.build();
        }, reply, failure -> Status.INTERNAL.withDescription(Browser.rootMessage(failure)));
    }

    @Override
    public void bookmarkTab(TabRequest request, StreamObserver<Ack> reply) {
        if (noProfile(reply)) return;
        answer(browser.bookmark(request.getTab()), written -> Ack.getDefaultInstance(), reply);
    }

    /** UNAVAILABLE, and true, when this browser keeps no profile (a one-shot screenshot). */
    private boolean noProfile(StreamObserver<?> reply) {
        if (browser.profile() != null) return false;
        reply.onError(Status.UNAVAILABLE.withDescription("this browser keeps no profile").asRuntimeException());
        return true;
    }

    @Override
    public void startTracing(StartTracingRequest request, StreamObserver<Ack> reply) {
        if (request.getCapacity() < 0) {
            reply.onError(Status.INVALID_ARGUMENT.withDescription("capacity must be 0 or more").asRuntimeException());
        } else {
            tracing.start(request.getCapacity()).whenComplete((started, failure) -> {
                if (failure != null) {
                    reply.onError(Status.INTERNAL.withDescription(Browser.rootMessage(failure)).asRuntimeException());
                } else if (!started) {
                    reply.onError(Status.FAILED_PRECONDITION.withDescription("a trace is recording already").asRuntimeException());
                } else {
                    reply.onNext(Ack.getDefaultInstance());
                    reply.onCompleted();
                }
            });
        }
    }

    @Override
    public void stopTracing(StopTracingRequest request, StreamObserver<StopTracingReply> reply) {
        Path path = Path.of(request.getPath());
        if (!path.isAbsolute() || path.getParent() == null || !Files.isDirectory(path.getParent())) {
            reply.onError(Status.INVALID_ARGUMENT.withDescription("not an absolute path in a directory that exists: "
                    + request.getPath()).asRuntimeException());
            return;
        }
        if (!tracing.recording()) {
            reply.onError(Status.FAILED_PRECONDITION.withDescription("no trace is recording").asRuntimeException());
            return;
        }
        Replies.answer(tracing.stopAndWrite(path), written -> StopTracingReply.newBuilder()
                .setPath(written.path().toString()).setEvents(written.events()).setDropped(written.dropped())
                .setProcesses(written.processes()).build(), reply,
                failure -> Status.INTERNAL.withDescription(Browser.rootMessage(failure)));
    }

    static TabInfo info(TabSnapshot tab) {
        TabInfo.Builder info = TabInfo.newBuilder();
        if (tab.dialog() != null) info.setDialog(dialogInfo(tab.dialog()));
        return info.setId(tab.id()).setUrl(tab.url()).setTitle(tab.title())
                .setState(tab.state().wire())
                .setRendererPid(tab.rendererPid()).setCrashReason(tab.crashReason())
                .setCanGoBack(tab.canGoBack()).setCanGoForward(tab.canGoForward())
                .setCrashesRecent(tab.crashesRecent()).setCrashStreak(tab.crashStreak())
                .setLoadError(tab.loadError() == null ? "" : tab.loadError()).build();
    }

    /** Ids that name nothing are NOT_FOUND; anything else unexpected is INTERNAL. */
    private static <T, R> void answer(CompletableFuture<T> work, Function<T, R> toReply, StreamObserver<R> reply) {
        Replies.answer(work, toReply, reply, failure -> failure instanceof IllegalArgumentException
                ? Status.NOT_FOUND.withDescription(failure.getMessage())
                : Status.INTERNAL.withDescription(Browser.rootMessage(failure)));
    }
}
