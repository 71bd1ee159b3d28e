package minibrowser.tools.ctl;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import minibrowser.common.TabStates;
import minibrowser.common.ipc.Transport;
import minibrowser.proto.AnswerDialogRequest;
import minibrowser.proto.ClickTabReply;
import minibrowser.proto.ClickTabRequest;
import minibrowser.proto.CloseTabRequest;
import minibrowser.proto.ConsoleEntry;
import minibrowser.proto.ConsoleReply;
import minibrowser.proto.DialogInfo;
import minibrowser.proto.ControlGrpc;
import minibrowser.proto.ListProcessesReply;
import minibrowser.proto.ListProcessesRequest;
import minibrowser.proto.ListTabsRequest;
import minibrowser.proto.NavigateRequest;
import minibrowser.proto.OpenTabRequest;
import minibrowser.proto.ProcessInfo;
import minibrowser.proto.QuitRequest;
import minibrowser.proto.ReloadRequest;
import minibrowser.proto.ScreenshotReply;
import minibrowser.proto.ScreenshotRequest;
import minibrowser.proto.TabInfo;
import minibrowser.proto.TabRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./minibrowser ctl --connect=SOCKET COMMAND [--json]}: one control call,
 * its answer on stdout, exit 0; or a one-line error on stderr, exit 1.
 */
@Command(name = "ctl", mixinStandardHelpOptions = true,
        description = "Drive a running minibrowser through its control socket.")
public final class Ctl {
    /** The commands, in the order {@code ctl --help} lists them. */
    private static final List<Class<?>> COMMANDS = List.of(Tabs.class, Ps.class, Open.class, Navigate.class, Reload.class,
            Close.class, Screenshot.class, Back.class, Forward.class, Wait.class, Console.class,
            Dialog.class, Click.class, Quit.class, CtlTrace.class,
            CtlProfile.History.class, CtlProfile.Bookmarks.class, CtlProfile.Bookmark.class,
            Measure.class);

    @Option(names = "--connect", paramLabel = "SOCKET", required = true, scope = CommandLine.ScopeType.INHERIT,
            description = "The socket given to --remote-control.")
    String socket;

    @Option(names = "--json", scope = CommandLine.ScopeType.INHERIT, description = "Print JSON.")
    boolean json;

    public static int run(String[] args) {
        // One small request needs no buffer pool: Netty's pooled allocator costs a ctl call ~70 ms
        // of start-up (its arenas and caches, set up by interpreted code) for nothing.
        if (System.getProperty("io.netty.allocator.type") == null) System.setProperty("io.netty.allocator.type", "unpooled");
        CommandLine line = commandLine(args);
        line.setExecutionExceptionHandler((failure, cmd, parsed) -> {
            String message = failure instanceof StatusRuntimeException
                    ? ((StatusRuntimeException) failure).getStatus().getCode() + ": "
                        + ((StatusRuntimeException) failure).getStatus().getDescription()
                    : failure.getMessage();
            System.err.println("ctl: " + message);
            return 1;
        });
        return line.execute(args);
    }

    /**
     * ctl's command line, with only the command {@code args} names as a subcommand when it
     * names one: picocli reads the annotations of every subcommand it is given, and all
     * nineteen cost a cold JVM some 20 ms more than one. Without a command word
     * (ctl --help, a mistake) every command is there, so help and errors list them all.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine line = new CommandLine(new Ctl());
        String word = commandWord(args);
        for (Class<?> command : COMMANDS) {
            if (command.getAnnotation(Command.class).name().equals(word)) line.addSubcommand(command);
        }
        if (line.getSubcommands().isEmpty()) COMMANDS.forEach(line::addSubcommand);
        return line;
    }

    /** The first argument that is not an option of ctl's own (nor --connect's value), or null. */
    private static String commandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--connect")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    /** Opens a channel, runs one call, and closes everything. */
    <T> T call(java.util.function.Function<ControlGrpc.ControlBlockingStub, T> work) {
        Transport transport = new Transport("ctl");
        ManagedChannel channel = transport.connect("unix:" + Path.of(socket).toAbsolutePath(), "");
        try {
            return work.apply(ControlGrpc.newBlockingStub(channel).withDeadlineAfter(120, TimeUnit.SECONDS));
        } finally {
            channel.shutdownNow();
            transport.close();
        }
    }

    static Map<String, Object> tabJson(TabInfo tab) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", tab.getId());
        object.put("url", tab.getUrl());
        object.put("title", tab.getTitle());
        object.put("state", TabStates.label(tab.getState()));
        object.put("rendererPid", tab.getRendererPid() == 0 ? null : tab.getRendererPid());
        object.put("crashReason", tab.getCrashReason().isEmpty() ? null : tab.getCrashReason());
        object.put("canGoBack", tab.getCanGoBack());
        object.put("canGoForward", tab.getCanGoForward());
        object.put("crashesRecent", tab.getCrashesRecent());
        object.put("crashStreak", tab.getCrashStreak().isEmpty() ? null : tab.getCrashStreak());
        object.put("loadError", tab.getLoadError().isEmpty() ? null : tab.getLoadError());
        object.put("dialog", tab.hasDialog() ? dialogJson(tab.getDialog()) : null);
        return object;
    }

    static Map<String, Object> dialogJson(DialogInfo dialog) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("kind", dialog.getKind());
        object.put("message", dialog.getMessage());
        object.put("value", dialog.getKind().equals("prompt") ? dialog.getValue() : null);
        return object;
    }

    static String tabLine(TabInfo tab) {
        return String.format("%-3d %-12s pid %-8s %s  %s%s", tab.getId(), TabStates.label(tab.getState()),
                tab.getRendererPid() == 0 ? "-" : String.valueOf(tab.getRendererPid()), tab.getUrl(), tab.getTitle(),
                tab.getCrashReason().isEmpty() ? "" : "  (" + tab.getCrashReason()
                        + (tab.getCrashStreak().isEmpty() ? "" : "; " + tab.getCrashStreak()) + ")")
                + (tab.getLoadError().isEmpty() ? "" : "  (" + tab.getLoadError() + ")")
                + (tab.hasDialog() ? "  [" + tab.getDialog().getKind() + " open]" : "");
    }

    void printTab(TabInfo tab) {
        System.out.println(json ? Json.write(tabJson(tab)) : tabLine(tab));
    }

    /** Base of the subcommands: reach the shared options. */
    abstract static class Sub implements Callable<Integer> {
        @CommandLine.ParentCommand
        Ctl ctl;
    }

    @Command(name = "tabs", description = "List the tabs.")
    static final class Tabs extends Sub {
        @Override
        public Integer call() {
            List<TabInfo> tabs = ctl.call(s -> s.listTabs(ListTabsRequest.getDefaultInstance()).getTabsList());
            if (ctl.json) {
                List<Object> array = new ArrayList<>();
                tabs.forEach(t -> array.add(tabJson(t)));
                System.out.println(Json.write(array));
            } else {
                tabs.forEach(t -> System.out.println(tabLine(t)));
            }
            return 0;
        }
    }

    @Command(name = "ps", description = "List the browser's processes.")
    static final class Ps extends Sub {
        @Override
        public Integer call() {
            ListProcessesReply reply = ctl.call(s -> s.listProcesses(ListProcessesRequest.getDefaultInstance()));
            if (ctl.json) {
                List<Object> array = new ArrayList<>();
                for (ProcessInfo p : reply.getProcessesList()) {
                    Map<String, Object> object = new LinkedHashMap<>();
                    object.put("pid", p.getPid());
                    object.put("type", p.getType());
                    object.put("tabs", new ArrayList<>(p.getTabsList()));
                    object.put("rssKb", p.getRssKb());
                    object.put("pssKb", p.getPssKb());
                    object.put("threads", new ArrayList<>(p.getThreadsList()));
                    object.put("uptimeMs", p.getUptimeMs());
                    object.put("restarts", p.getRestarts());
                    object.put("processModel", reply.getProcessModel());
                    object.put("inProcess", p.getInProcess());
                    object.put("role", p.getRole().isEmpty() ? null : p.getRole());
                    object.put("sandboxed", p.getSandboxed());
                    array.add(object);
                }
                System.out.println(Json.write(array));
            } else {
                System.out.println("process model: " + reply.getProcessModel());
                if (reply.getProcessesList().stream().anyMatch(ProcessInfo::getInProcess)) {
                    System.out.println("* threads inside the browser process: memory counted in its row");
                }
                System.out.printf("%-8s %-9s %-10s %9s %9s %-7s  %s%n", "PID", "TYPE", "TABS", "RSS kB", "PSS kB",
                        "SANDBOX", "THREADS");
                for (ProcessInfo p : reply.getProcessesList()) {
                    String type = p.getType() + (p.getRole().isEmpty() ? "" : "(" + p.getRole() + ")")
                            + (p.getInProcess() ? "*" : "");
                    System.out.printf("%-8d %-9s %-10s %9d %9d %-7s  %s%n", p.getPid(), type, p.getTabsList(),
                            p.getRssKb(), p.getPssKb(), p.getSandboxed() ? "yes" : "no", String.join(",", p.getThreadsList()));
                }
            }
            return 0;
        }
    }

    @Command(name = "open", description = "Open URL in a new tab.")
    static final class Open extends Sub {
        @Parameters(paramLabel = "URL") String url;

        @Override
        public Integer call() {
            ctl.printTab(ctl.call(s -> s.openTab(OpenTabRequest.newBuilder().setUrl(url).build())));
            return 0;
        }
    }

    @Command(name = "navigate", description = "Load URL in tab TAB.")
    static final class Navigate extends Sub {
        @Parameters(index = "0", paramLabel = "TAB") int tab;
        @Parameters(index = "1", paramLabel = "URL") String url;

        @Override
        public Integer call() {
            ctl.printTab(ctl.call(s -> s.navigate(NavigateRequest.newBuilder().setTab(tab).setUrl(url).build())));
            return 0;
        }
    }

    @Command(name = "reload", description = "Reload tab TAB (a crashed tab gets a new renderer).")
    static final class Reload extends Sub {
        @Parameters(paramLabel = "TAB") int tab;

        @Override
        public Integer call() {
            ctl.printTab(ctl.call(s -> s.reload(ReloadRequest.newBuilder().setTab(tab).build())));
            return 0;
        }
    }

    @Command(name = "click", description = "Click at X,Y (CSS px of the viewport) in tab TAB; prints the link followed and"
            + " how long the renderer took to answer.")
    static final class Click extends Sub {
        @Parameters(index = "0", paramLabel = "TAB") int tab;
        @Parameters(index = "1", paramLabel = "X") int x;
        @Parameters(index = "2", paramLabel = "Y") int y;

        @Override
        public Integer call() {
            long start = System.nanoTime();
            ClickTabReply reply = ctl.call(s -> s.click(ClickTabRequest.newBuilder().setTab(tab).setX(x).setY(y).build()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (ctl.json) {
                Map<String, Object> out = new java.util.LinkedHashMap<>();
                out.put("link", reply.getLink());
                out.put("answeredMs", millis);
                System.out.println(Json.write(out));
            } else {
                System.out.println((reply.getLink().isEmpty() ? "no link" : "followed " + reply.getLink())
                        + ", answered in " + millis + " ms");
            }
            return 0;
        }
    }

    @Command(name = "back", description = "Go back in tab TAB.")
    static final class Back extends Sub {
        @Parameters(paramLabel = "TAB") int tab;

        @Override
        public Integer call() {
            ctl.printTab(ctl.call(s -> s.goBack(TabRequest.newBuilder().setTab(tab).build())));
            return 0;
        }
    }

    @Command(name = "forward", description = "Go forward in tab TAB.")
    static final class Forward extends Sub {
        @Parameters(paramLabel = "TAB") int tab;

        @Override
        public Integer call() {
            ctl.printTab(ctl.call(s -> s.goForward(TabRequest.newBuilder().setTab(tab).build())));
            return 0;
        }
    }

    @Command(name = "wait", description = "Wait until tab TAB has finished loading.")
    static final class Wait extends Sub {
        @Parameters(paramLabel = "TAB") int tab;

        @Override
        public Integer call() {
            ctl.printTab(ctl.call(s -> s.waitForLoad(TabRequest.newBuilder().setTab(tab).build())));
            return 0;
        }
    }

    @Command(name = "console", description = "What the scripts of tab TAB's page logged (console.*), oldest first.")
    static final class Console extends Sub {
        @Parameters(paramLabel = "TAB") int tab;

        @Override
        public Integer call() {
            ConsoleReply reply = ctl.call(s -> s.getConsole(TabRequest.newBuilder().setTab(tab).build()));
            if (ctl.json) {
                List<Object> array = new ArrayList<>();
                for (ConsoleEntry entry : reply.getMessagesList()) {
                    Map<String, Object> object = new LinkedHashMap<>();
                    object.put("level", entry.getLevel());
                    object.put("text", entry.getText());
                    object.put("source", entry.getSource().isEmpty() ? null : entry.getSource());
                    array.add(object);
                }
                System.out.println(Json.write(array));
            } else {
                if (reply.getDropped() > 0) System.out.println("(" + reply.getDropped() + " older messages dropped)");
                for (ConsoleEntry entry : reply.getMessagesList()) {
                    System.out.printf("%-5s %s%s%n", entry.getLevel(), entry.getText(),
                            entry.getSource().isEmpty() ? "" : "  (" + entry.getSource() + ")");
                }
            }
            return 0;
        }
    }

    @Command(name = "dialog", description = {"Show tab TAB's open script dialog (alert, confirm, prompt),",
            "or answer it: accept [TEXT] (OK, a prompt with TEXT) or dismiss (Cancel)."})
    static final class Dialog extends Sub {
        @Parameters(index = "0", paramLabel = "TAB") int tab;
        @Parameters(index = "1", arity = "0..1", paramLabel = "accept|dismiss") String action;
        @Parameters(index = "2", arity = "0..1", paramLabel = "TEXT") String text;

        @Override
        public Integer call() {
            if (action == null) {
                DialogInfo dialog = ctl.call(s -> s.getDialog(TabRequest.newBuilder().setTab(tab).build()));
                System.out.println(ctl.json ? Json.write(dialogJson(dialog)) : dialog.getKind() + ": " + dialog.getMessage()
                        + (dialog.getKind().equals("prompt") ? "  [" + dialog.getValue() + "]" : ""));
                return 0;
            }
            if (!action.equals("accept") && !action.equals("dismiss")) {
                throw new CommandLine.ParameterException(new CommandLine(this), "accept or dismiss, not " + action);
            }
            AnswerDialogRequest.Builder answer = AnswerDialogRequest.newBuilder().setTab(tab).setAccept(action.equals("accept"));
            if (text != null) answer.setValue(text);
            ctl.call(s -> s.answerDialog(answer.build()));
            return 0;
        }
    }

    @Command(name = "close", description = "Close tab TAB.")
    static final class Close extends Sub {
        @Parameters(paramLabel = "TAB") int tab;

        @Override
        public Integer call() {
            ctl.call(s -> s.closeTab(CloseTabRequest.newBuilder().setTab(tab).build()));
            return 0;
        }
    }

    @Command(name = "screenshot", description = "Write a PNG of tab TAB to FILE.")
    static final class Screenshot extends Sub {
        @Parameters(index = "0", paramLabel = "TAB") int tab;
        @Parameters(index = "1", paramLabel = "FILE") String file;

        @Override
        public Integer call() {
            ScreenshotReply reply = ctl.call(s -> s.screenshot(ScreenshotRequest.newBuilder().setTab(tab)
                    .setPath(Path.of(file).toAbsolutePath().toString()).build()));
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("path", reply.getPath());
            object.put("width", reply.getWidth());
            object.put("height", reply.getHeight());
            System.out.println(ctl.json ? Json.write(object) : reply.getPath() + " " + reply.getWidth() + "x" + reply.getHeight());
            return 0;
        }
    }

    @Command(name = "quit", description = "Shut the browser down.")
    static final class Quit extends Sub {
        @Override
        public Integer call() {
            ctl.call(s -> s.quit(QuitRequest.getDefaultInstance()));
            return 0;
        }
    }
}
