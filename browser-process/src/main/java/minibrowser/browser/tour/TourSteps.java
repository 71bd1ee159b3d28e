package minibrowser.browser.tour;

import static minibrowser.common.frame.CellGeometry.CELL_HEIGHT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import minibrowser.browser.Browser;
import minibrowser.browser.ChildSnapshot;
import minibrowser.browser.ProcessTable;
import minibrowser.browser.TabSnapshot;
import minibrowser.browser.TabState;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.common.Language;

/**
 * The tour's steps, in order. Each does something to the running browser and returns
 * what it says about it, in the browser's language: the PIDs, threads, files and
 * figures it found, never words written in advance about them.
 *
 * <pre>
 *    1 welcome                  what the tour shows
 *    2 a process per tab        opens tabs 2 and 3; every process with its PID
 *    3 a renderer dies          SIGKILL to tab 2's renderer; its tab crashed, the others alive
 *    4 threads of a process     reload tab 2; the threads of tab 1's renderer
 *    5 main hangs               about:hang in tab 1 (single-process: about:shorthang); the tour scrolls it
 *    6 a frame in memory        tab 1's frame file in /dev/shm, mapped by renderer and gpu
 *    7 measured here            compare's context-switch and IPC rows, run now
 *    8 interview, part 1        process vs thread; multi-process vs multi-thread
 *    9 interview, part 2        thread safety; context switching
 *   10 the end
 * </pre>
 *
 * Runs on browser-tour only; the fields are what earlier steps found.
 */
final class TourSteps {
    /** How long a step waits for the browser (a tab to load or crash). */
    private static final long WAIT_SECONDS = 20;

    /** A step: its title in each language and what it does. */
    private record Step(String english, String korean, Action action) {}

    private interface Action {
        List<String> run(Consumer<List<String>> progress) throws Exception;
    }

    private final Browser browser;
    private final Language language;
    private final Path workDir;
    private final ProcessTable processes;
    private final List<Step> steps;

    // What the steps found, for the later steps and the interview answers.
    private final List<Integer> tabIds = new ArrayList<>();
    private long killedPid;
    private String killedReason = "";
    private double rendererPssMb = Double.NaN;
    private long threadsPid;
    private int kernelThreads;
    private int namedThreads;
    private TourFigures figures;

    TourSteps(Browser browser, Path workDir) {
        this.browser = browser;
        this.language = browser.language();
        this.workDir = workDir;
        this.processes = new ProcessTable(browser);
        this.steps = List.of(
                new Step("Processes and threads, in a real browser", "실제 브라우저로 보는 프로세스와 스레드", progress -> welcome()),
                new Step("One process per tab", "탭마다 프로세스 하나", progress -> processPerTab()),
                new Step("A renderer dies; only its tab goes", "렌더러가 죽어도 그 탭만 멈춘다", progress -> killRenderer()),
                new Step("The threads of one process", "한 프로세스 안의 스레드들", progress -> threads()),
                new Step("The main thread hangs; the compositor scrolls", "메인 스레드가 멈춰도 컴포지터는 스크롤한다",
                        progress -> hangMain()),
                new Step("A frame in shared memory", "공유 메모리 속의 프레임", progress -> frameInSharedMemory()),
                new Step("Measured on this machine", "이 컴퓨터에서 잰 값", this::measure),
                new Step("Interview questions (1/2)", "면접 질문 (1/2)", progress -> interviewOne()),
                new Step("Interview questions (2/2)", "면접 질문 (2/2)", progress -> interviewTwo()),
                new Step("The end", "마치며", progress -> end()));
    }

    int count() {
        return steps.size();
    }

    String title(int step) {
        return language.pick(steps.get(step).english(), steps.get(step).korean());
    }

    /** Runs step {@code step} (0-based); {@code progress} shows lines while it works. */
    List<String> run(int step, Consumer<List<String>> progress) throws Exception {
        return steps.get(step).action().run(progress);
    }

    // 1 ----------------------------------------------------------------------------------

    private List<String> welcome() throws Exception {
        for (TabSnapshot tab : await(browser.tabs())) tabIds.add(tab.id());
        return language.pick(List.of(
                "This browser is built as Chromium is: a browser process owns the tabs, the network and your data;",
                "each tab's page runs in a renderer process; a gpu process draws the screen; a plugin process runs plugins.",
                "Each step does something real to this browser and shows what the operating system did.",
                "Press Space for each step. The page stays usable above this panel: scroll, switch tabs, press ? for keys."), List.of(
                "이 브라우저는 Chromium과 같은 구조입니다. 브라우저 프로세스가 탭, 네트워크, 사용자 데이터를 맡고,",
                "각 탭의 페이지는 렌더러 프로세스에서, 화면은 GPU 프로세스에서, 플러그인은 플러그인 프로세스에서 돕니다.",
                "단계마다 이 브라우저에 실제로 무언가를 하고, 운영체제가 어떻게 반응했는지 보여 줍니다.",
                "Space를 누르면 다음 단계로 갑니다. 위의 페이지는 그대로 쓸 수 있습니다 (스크롤, 탭 전환, ?는 키 도움말)."));
    }

    // 2 ----------------------------------------------------------------------------------

    private List<String> processPerTab() throws Exception {
        while (tabIds.size() < 3) {
            int tab = await(browser.openTab("about:home"));
            tabIds.add(tab);
            await(browser.waitForLoad(tab));
        }
        await(browser.activate(tabIds.get(0)));
        List<String> lines = new ArrayList<>();
        lines.add(language.pick("Tabs 2 and 3 are open. The processes now (ps -o pid,args --ppid " + ProcessHandle.current().pid() + "):",
                "탭 2와 3을 열었습니다. 지금의 프로세스들 (ps -o pid,args --ppid " + ProcessHandle.current().pid() + "):"));
        lines.add(language.pick("  browser   pid " + ProcessHandle.current().pid() + "  this program: tabs, network, history, the screen's layout",
                "  browser   pid " + ProcessHandle.current().pid() + "  이 프로그램: 탭, 네트워크, 방문 기록, 화면 구성"));
        for (ChildSnapshot child : await(browser.children())) {
            String type = child.process().type().label();
            String role = switch (type) {
                case "gpu" -> language.pick("draws the screen from every tab's frames", "모든 탭의 프레임으로 화면을 그림");
                case "plugin" -> language.pick("runs the pages' plugins (the clock on about:home)", "페이지의 플러그인 실행 (about:home의 시계)");
                default -> child.tabs().isEmpty() ? language.pick("spare, started ahead for the next tab", "예비: 다음 탭을 위해 미리 띄움")
                        : language.pick("tab ", "탭 ") + joined(child.tabs()) + language.pick(": parses, lays out and rasters its page",
                                ": 페이지를 파싱하고 배치하고 래스터화");
            };
            lines.add(String.format(Locale.ROOT, "  %-9s pid %-6d %s%s", type, child.process().pid(), role,
                    child.process().sandboxed() ? language.pick(" (sandboxed)", " (샌드박스 안)") : ""));
        }
        lines.add(browser.processModel().inProcess()
                ? language.pick("In the single-process model these are all threads of one process: every pid above is the same.",
                        "단일 프로세스 모델에서는 이것들이 모두 한 프로세스의 스레드입니다. 위의 pid가 모두 같습니다.")
                : language.pick("Each is an OS process with its own address space; they talk over gRPC on Unix sockets.",
                        "모두 주소 공간이 따로인 OS 프로세스이고, 유닉스 소켓 위의 gRPC로 서로 이야기합니다."));
        return lines;
    }

    // 3 ----------------------------------------------------------------------------------

    private List<String> killRenderer() throws Exception {
        if (browser.processModel().inProcess()) {
            return language.pick(List.of("In the single-process model the renderers are threads of the browser process:",
                    "there is no renderer process to kill. Run ./minibrowser tour without --process-model to see this step."), List.of(
                    "단일 프로세스 모델에서는 렌더러가 브라우저 프로세스의 스레드라서 죽일 렌더러 프로세스가 없습니다.",
                    "이 단계를 보려면 --process-model 없이 ./minibrowser tour를 실행하세요."));
        }
        int victimTab = tabIds.get(1);
        killedPid = await(browser.tabSnapshot(victimTab)).rendererPid();
        await(browser.activate(victimTab));
        // What kill -9 does: SIGKILL from outside, which the browser learns of only from the kernel.
        ProcessHandle.of(killedPid).ifPresent(ProcessHandle::destroyForcibly);
        TabSnapshot crashed = awaitState(victimTab, TabState.CRASHED);
        killedReason = crashed.crashReason();
        List<String> lines = new ArrayList<>();
        lines.add(language.pick("Sent SIGKILL to renderer pid " + killedPid + " (tab " + victimTab + "), as kill -9 " + killedPid + " does.",
                "탭 " + victimTab + "의 렌더러(pid " + killedPid + ")에 SIGKILL을 보냈습니다. kill -9 " + killedPid + " 명령과 같습니다."));
        lines.add(language.pick("Tab " + victimTab + " shows the crashed-tab page. The kernel told the browser: " + killedReason,
                "탭 " + victimTab + "에는 비정상 종료 페이지가 뜹니다. 커널이 브라우저에 알린 내용: "
                        + ChildProcessHost.reasonIn(language, killedReason)));
        for (int tab : tabIds) {
            if (tab == victimTab) continue;
            long pid = await(browser.tabSnapshot(tab)).rendererPid();
            boolean shared = pid == killedPid || pid == 0;
            lines.add(shared ? language.pick("Tab " + tab + " shared that renderer (" + browser.processModel().label() + "), so it went too.",
                            "탭 " + tab + "도 같은 렌더러를 썼기 때문에 (" + browser.processModel().label() + ") 함께 멈췄습니다.")
                    : language.pick("Tab " + tab + ": renderer pid " + pid + (TourFacts.alive(pid) ? " is alive" : " is gone") + ", its page untouched.",
                            "탭 " + tab + ": 렌더러(pid " + pid + ")는 " + (TourFacts.alive(pid) ? "살아 있고" : "사라졌지만") + " 페이지도 그대로입니다."));
        }
        lines.add(language.pick("A process is a wall: its crash cannot reach the memory of another. (r reloads the tab.)",
                "프로세스는 벽입니다. 한 프로세스가 죽어도 다른 프로세스의 메모리에는 닿지 못합니다. (r을 누르면 새로고침)"));
        return lines;
    }

    // 4 ----------------------------------------------------------------------------------

    private List<String> threads() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int tab : tabIds) {
            if (await(browser.tabSnapshot(tab)).state() != TabState.CRASHED) continue;
            int reloaded = tab;
            await(browser.reload(reloaded));
            long fresh = awaitState(reloaded, TabState.READY).rendererPid();
            lines.add(language.pick("Reloading tab " + reloaded + " started a new renderer process: pid " + fresh + " (the old " + killedPid + " is gone).",
                    "탭 " + reloaded + " 새로고침: 새 렌더러 프로세스(pid " + fresh + ")가 시작되었습니다. 예전 것(pid " + killedPid + ")은 사라졌습니다."));
        }
        await(browser.activate(tabIds.get(0)));
        threadsPid = await(browser.tabSnapshot(tabIds.get(0))).rendererPid();
        if (threadsPid == 0) threadsPid = ProcessHandle.current().pid();
        kernelThreads = TourFacts.kernelThreads(threadsPid);
        List<String> names = processes.threadNames(threadsPid);
        List<String> ours = names.stream().filter(name -> name.startsWith("renderer-") || name.startsWith("browser-")).toList();
        namedThreads = ours.size();
        // Several renderers in one process (single-process) each have a renderer-main: one name, with its count.
        java.util.Map<String, Long> counted = new java.util.TreeMap<>(ours.stream().collect(
                java.util.stream.Collectors.groupingBy(name -> name, java.util.stream.Collectors.counting())));
        List<String> shown = counted.entrySet().stream()
                .map(name -> name.getValue() == 1 ? name.getKey() : name.getKey() + " ×" + name.getValue()).toList();
        lines.add(language.pick("Tab " + tabIds.get(0) + "'s renderer, pid " + threadsPid + ", runs " + kernelThreads
                        + " threads (ls /proc/" + threadsPid + "/task), all in one address space. Its own:",
                "탭 " + tabIds.get(0) + "의 렌더러(pid " + threadsPid + ")에는 스레드가 " + kernelThreads + "개 있고 (ls /proc/"
                        + threadsPid + "/task), 모두 한 주소 공간을 씁니다. 브라우저가 만든 것:"));
        lines.addAll(wrapped("  ", shown, 100));
        lines.add(language.pick("  and " + (kernelThreads - namedThreads) + " of the JVM's own: garbage collector, JIT compilers, signal and reference handlers.",
                "  나머지 " + (kernelThreads - namedThreads) + "개는 JVM 자신의 것: 가비지 컬렉터, JIT 컴파일러, 시그널·참조 처리."));
        lines.add(language.pick("main: DOM, style, layout, scripts · compositor: scrolling, animations · raster: pixels.",
                "main: DOM, 스타일, 레이아웃, 스크립트 · compositor: 스크롤, 애니메이션 · raster: 픽셀."));
        lines.add(language.pick("An uncaught error on any one of them ends them all: step 3's tab died whole.",
                "이 중 하나에서 잡히지 않은 오류가 나면 모두 함께 끝납니다. 3단계의 탭이 통째로 죽은 까닭입니다."));
        return lines;
    }

    // 5 ----------------------------------------------------------------------------------

    private List<String> hangMain() throws Exception {
        int tab = tabIds.get(0);
        await(browser.activate(tab));
        // A thread of the browser spinning forever cannot be stopped (single-process): there, main is busy for 20 s.
        boolean threads = browser.processModel().inProcess();
        await(browser.navigate(tab, threads ? "about:shorthang" : "about:hang"));
        awaitState(tab, TabState.READY); // the page commits, then its script spins
        // Scroll as a user would, while main spins: the compositor answers each one.
        for (int i = 0; i < 4; i++) {
            Thread.sleep(400);
            await(browser.scrollActive(4 * CELL_HEIGHT, false));
        }
        String busy = threads ? language.pick(" is busy for 20 seconds.", " 20초 동안 바쁩니다.")
                : language.pick(" now spins in an endless loop.", " 끝없는 루프를 돕니다.");
        return language.pick(List.of(
                "Tab " + tab + " opened about:" + (threads ? "shorthang" : "hang") + ": its renderer's main thread" + busy,
                "Yet the page scrolled (the tour just scrolled it; try Down and PgDn yourself) and the blue box slides:",
                "scrolling and that animation run on renderer-compositor, a thread the stuck main cannot hold up.",
                "The orange box is animated by main, so it stopped. After " + "a while the browser asks: w wait, k kill."), List.of(
                "탭 " + tab + "에서 about:" + (threads ? "shorthang" : "hang") + "을 열었습니다. 이제 렌더러의 메인 스레드는" + busy,
                "그래도 페이지는 스크롤되고 (방금 둘러보기가 스크롤했습니다. Down, PgDn도 눌러 보세요) 파란 상자는 움직입니다.",
                "스크롤과 그 애니메이션은 renderer-compositor 스레드가 맡기 때문에, 멈춘 메인이 붙잡지 못합니다.",
                "주황 상자는 메인이 움직이므로 멈췄습니다. 조금 지나면 브라우저가 묻습니다: w 기다리기, k 종료."));
    }

    // 6 ----------------------------------------------------------------------------------

    private List<String> frameInSharedMemory() throws Exception {
        int tab = tabIds.get(0);
        // The spinning renderer is ended and the tab comes back on a new one.
        long hung = await(browser.tabSnapshot(tab)).rendererPid();
        if (hung != 0 && !browser.processModel().inProcess()) {
            await(browser.endProcess(hung));
            awaitState(tab, TabState.CRASHED);
        }
        await(browser.navigate(tab, "about:home"));
        long renderer = awaitState(tab, TabState.READY, 40).rendererPid(); // single-process: once main is free
        Thread.sleep(500); // the first frame on its way to the gpu
        List<Path> files = await(browser.frameBufferFiles(tab));
        if (files.isEmpty()) {
            return List.of(language.pick("Tab " + tab + " has no frame buffer yet.", "탭 " + tab + "에는 아직 프레임 버퍼가 없습니다."));
        }
        Path file = files.get(files.size() - 1);
        long gpu = await(browser.children()).stream().filter(c -> c.process().type().label().equals("gpu"))
                .mapToLong(c -> c.process().pid()).findFirst().orElse(0);
        long kb = Files.exists(file) ? Files.size(file) / 1024 : 0;
        if (browser.processModel().inProcess()) {
            return language.pick(List.of(
                    "Tab " + tab + "'s frames are drawn into " + file + " (" + kb + " KB): a file in /dev/shm, which is memory, not disk.",
                    "In the single-process model renderer and gpu are threads of the browser (/proc/" + renderer + "/maps: "
                            + said(TourFacts.maps(renderer, file)) + "): the file is mapped once and both threads use it;",
                    "across processes (the default model) the renderer and the gpu map the same pages, and nothing is copied."), List.of(
                    "탭 " + tab + "의 프레임은 " + file + " (" + kb + " KB)에 그려집니다. /dev/shm의 파일은 디스크가 아니라 메모리입니다.",
                    "단일 프로세스 모델에서는 렌더러와 GPU가 브라우저의 스레드라서 (/proc/" + renderer + "/maps: "
                            + said(TourFacts.maps(renderer, file)) + ") 파일을 한 번 매핑해 함께 씁니다.",
                    "프로세스가 나뉜 기본 모델에서는 렌더러와 GPU가 같은 페이지를 매핑하고, 아무것도 복사하지 않습니다."));
        }
        return language.pick(List.of(
                "Tab " + tab + " is back on renderer pid " + renderer + " (the spinning one, " + hung + ", was ended).",
                "Its frames are drawn into " + file + " (" + kb + " KB): a file in /dev/shm, which is memory, not disk.",
                "Mapped by the renderer (/proc/" + renderer + "/maps: " + said(TourFacts.maps(renderer, file))
                        + ") and by the gpu process (/proc/" + gpu + "/maps: " + said(TourFacts.maps(gpu, file)) + ").",
                "The renderer writes a frame into those pages and the gpu reads the same pages: the frame is not copied",
                "between them; only a small gRPC message says which frame is ready. That is shared memory."), List.of(
                "탭 " + tab + "은 새 렌더러(pid " + renderer + ")에서 다시 돕니다. 멈춰 있던 렌더러(pid " + hung + ")는 종료했습니다.",
                "이 탭의 프레임은 " + file + " (" + kb + " KB)에 그려집니다. /dev/shm의 파일은 디스크가 아니라 메모리입니다.",
                "렌더러(/proc/" + renderer + "/maps: " + said(TourFacts.maps(renderer, file)) + ")와 GPU 프로세스(/proc/"
                        + gpu + "/maps: " + said(TourFacts.maps(gpu, file)) + ")가 함께 매핑합니다.",
                "렌더러가 그 페이지에 프레임을 쓰면 GPU가 같은 페이지를 읽습니다. 프레임은 복사되지 않고,",
                "어느 프레임이 준비됐는지만 작은 gRPC 메시지로 알립니다. 이것이 공유 메모리입니다."));
    }

    // 7 ----------------------------------------------------------------------------------

    private List<String> measure(Consumer<List<String>> progress) throws Exception {
        progress.accept(List.of(language.pick(
                "Running ./minibrowser compare --only=context-switch,ipc --runs 1 (about 30 s; the page stays usable)...",
                "./minibrowser compare --only=context-switch,ipc --runs 1 실행 중 (30초쯤 걸립니다. 페이지는 그대로 쓸 수 있습니다)...")));
        // A renderer's own memory: none to measure where renderers are threads of the browser.
        for (ProcessTable.Row row : browser.processModel().inProcess() ? List.<ProcessTable.Row>of() : processes.sample()) {
            if (row.type().equals("renderer") && !row.tabs().isEmpty()) {
                rendererPssMb = Double.isNaN(rendererPssMb) ? row.pssKb() / 1024.0 : Math.min(rendererPssMb, row.pssKb() / 1024.0);
            }
        }
        figures = TourFigures.measure(workDir);
        List<String> lines = new ArrayList<>();
        lines.add(language.pick("Context switch, both sides pinned to one CPU (a round trip is two switches):",
                "문맥 교환, 양쪽을 CPU 하나에 묶어서 (왕복 한 번 = 교환 두 번):"));
        lines.add(language.pick("  processes " + us(figures.switchProcesses()) + ", threads " + us(figures.switchThreads())
                        + "   (perf bench sched pipe: " + us(figures.perfProcesses()) + " / " + us(figures.perfThreads()) + " with -T)",
                "  프로세스 " + us(figures.switchProcesses()) + ", 스레드 " + us(figures.switchThreads())
                        + "   (perf bench sched pipe: " + us(figures.perfProcesses()) + " / -T " + us(figures.perfThreads()) + ")"));
        lines.add(language.pick("  each side touching 4 MB between switches: processes " + us(figures.bigSetProcesses())
                        + ", threads " + us(figures.bigSetThreads()) + " (caches and TLB refilled)",
                "  교환 사이에 각자 4 MB를 건드리면: 프로세스 " + us(figures.bigSetProcesses()) + ", 스레드 "
                        + us(figures.bigSetThreads()) + " (캐시와 TLB를 다시 채움)"));
        lines.add(language.pick("A 64-byte round trip between two processes:", "두 프로세스 사이 64바이트 왕복:"));
        List<String> kinds = new ArrayList<>();
        figures.ipcMicros().forEach((kind, micros) -> kinds.add(kind + " " + us(micros)));
        lines.addAll(wrapped("  ", kinds, 100));
        lines.add(language.pick("Fastest here in latency: " + figures.latencyWinner() + "; in throughput: " + figures.throughputWinner() + ".",
                "여기서 지연이 가장 짧은 것: " + figures.latencyWinner() + ", 처리량이 가장 큰 것: " + figures.throughputWinner() + "."));
        lines.add(language.pick("So the notes' \"shared memory is the fastest\" " + (figures.claimHolds() ? "holds" : "does not hold")
                        + " on this machine.",
                "그러니 노트의 \"공유 메모리가 가장 빠르다\"는 이 컴퓨터에서 " + (figures.claimHolds() ? "맞습니다." : "맞지 않습니다.")));
        lines.add(language.pick("A renderer process here takes " + mb(rendererPssMb) + " of memory of its own (PSS).",
                "여기서 렌더러 프로세스 하나가 자기 몫으로 쓰는 메모리(PSS): " + mb(rendererPssMb)));
        return lines;
    }

    // 8 ----------------------------------------------------------------------------------

    private List<String> interviewOne() {
        return language.pick(List.of(
                "Q. How does a process differ from a thread?",
                "A. A process has an address space of its own; the threads of a process share one and each has only a stack.",
                "   Here a renderer process costs " + mb(rendererPssMb) + " (PSS), and renderer " + threadsPid + " ran "
                        + kernelThreads + " threads in one address space.",
                "Q. Multi-process or multi-thread: which suits a browser?",
                "A. Step 3: SIGKILL ended renderer " + killedPid + " and one tab; the other tabs went on. As threads",
                "   (--process-model=single-process) the same crash ends the browser. The price: " + mb(rendererPssMb)
                        + " more per tab,",
                "   and a message between processes (" + us(figures == null ? Double.NaN : figures.ipcMicros().getOrDefault("unix-socket", Double.NaN))
                        + " a round trip over a Unix socket) where threads would share memory."), List.of(
                "Q. 프로세스와 스레드는 어떻게 다른가요?",
                "A. 프로세스는 자기만의 주소 공간을 갖고, 한 프로세스의 스레드들은 주소 공간을 함께 쓰며 스택만 따로 갖습니다.",
                "   여기서 렌더러 프로세스 하나는 " + mb(rendererPssMb) + " (PSS)이고, 렌더러(pid " + threadsPid + ")는 한 주소 공간에서 스레드 "
                        + kernelThreads + "개를 돌렸습니다.",
                "Q. 멀티 프로세스와 멀티 스레드, 브라우저에는 어느 쪽이 맞나요?",
                "A. 3단계에서 SIGKILL은 렌더러(pid " + killedPid + ")와 탭 하나만 끝냈고 다른 탭은 계속 돌았습니다. 스레드였다면",
                "   (--process-model=single-process) 같은 크래시가 브라우저 전체를 끝냅니다. 대가는 탭마다 " + mb(rendererPssMb)
                        + "의 메모리와,",
                "   스레드라면 메모리를 나눠 쓸 일을 메시지로 주고받는 비용입니다 (유닉스 소켓 왕복 "
                        + us(figures == null ? Double.NaN : figures.ipcMicros().getOrDefault("unix-socket", Double.NaN)) + ")."));
    }

    // 9 ----------------------------------------------------------------------------------

    private List<String> interviewTwo() {
        double processes = figures == null ? Double.NaN : figures.switchProcesses();
        double threads = figures == null ? Double.NaN : figures.switchThreads();
        double big = figures == null ? Double.NaN : figures.bigSetProcesses();
        double bigThreads = figures == null ? Double.NaN : figures.bigSetThreads();
        return language.pick(List.of(
                "Q. What is thread safety, and how does this browser get it?",
                "A. Data that several threads change at once needs a lock, or must not be shared. Here each thread owns its",
                "   data (renderer-main the DOM, browser-ui the tabs) and threads post each other messages: no lock on the DOM.",
                "Q. Why is a switch between processes dearer than one between threads?",
                "A. It changes the address space: other page tables, so the TLB and caches are refilled; threads keep theirs.",
                "   Measured here, pinned: processes " + us(processes) + " vs threads " + us(threads) + " a round trip ("
                        + ratio(processes, threads) + "); touching 4 MB a side: " + us(big) + " vs " + us(bigThreads)
                        + " (" + ratio(big, bigThreads) + ")."), List.of(
                "Q. 스레드 안전(thread safety)이란 무엇이고, 이 브라우저는 어떻게 지키나요?",
                "A. 여러 스레드가 동시에 바꾸는 데이터에는 락이 필요하거나, 아예 공유하지 말아야 합니다. 여기서는 스레드마다",
                "   자기 데이터를 소유하고 (renderer-main은 DOM, browser-ui는 탭) 메시지를 주고받습니다. DOM에 락이 없습니다.",
                "Q. 프로세스 사이의 문맥 교환이 스레드 사이보다 비싼 까닭은?",
                "A. 주소 공간이 바뀌기 때문입니다. 페이지 테이블이 달라져 TLB와 캐시를 다시 채워야 하고, 스레드는 그대로 씁니다.",
                "   여기서 잰 값 (CPU 하나에 묶음): 프로세스 " + us(processes) + ", 스레드 " + us(threads) + " ("
                        + ratio(processes, threads) + "). 각자 4 MB를 건드리면 " + us(big) + " 대 " + us(bigThreads)
                        + " (" + ratio(big, bigThreads) + ")."));
    }

    // 10 ---------------------------------------------------------------------------------

    private List<String> end() {
        return language.pick(List.of(
                "That was the tour. The browser keeps running: ? lists the keys, T opens the task manager,",
                "./minibrowser compare measures the rest, and kill -9 on any PID above shows step 3 again."), List.of(
                "둘러보기는 여기까지입니다. 브라우저는 계속 돕니다. ?는 키 도움말, T는 작업 관리자이고,",
                "./minibrowser compare로 나머지도 잴 수 있습니다. 위의 PID 아무거나 kill -9 하면 3단계를 다시 볼 수 있습니다."));
    }

    // -------------------------------------------------------------------------------------

    private TabSnapshot awaitState(int tab, TabState state) throws Exception {
        return awaitState(tab, state, WAIT_SECONDS);
    }

    /** The tab once it is in {@code state}, or as it is after {@code seconds}. */
    private TabSnapshot awaitState(int tab, TabState state, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        TabSnapshot now = await(browser.tabSnapshot(tab));
        while (now.state() != state && System.nanoTime() < deadline) {
            Thread.sleep(100);
            now = await(browser.tabSnapshot(tab));
        }
        return now;
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static List<String> wrapped(String indent, List<String> words, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : words) {
            if (line.length() > indent.length() && line.length() + word.length() + 3 > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            line.append(line.length() > indent.length() ? " · " : "").append(word);
        }
        if (line.length() > indent.length()) lines.add(line.toString());
        return lines;
    }

    private static String joined(List<Integer> tabs) {
        return String.join(",", tabs.stream().map(String::valueOf).toList());
    }

    private String said(Boolean yes) {
        return yes == null ? language.pick("unreadable", "읽을 수 없음") : yes ? language.pick("yes", "있음") : language.pick("no", "없음");
    }

    /** A figure in µs; compare gives 0 where the switches were lost in the noise of touching memory. */
    private String us(double micros) {
        if (Double.isNaN(micros)) return language.pick("not measured", "측정 안 됨");
        if (micros < 0.05) return language.pick("< 0.1 µs (within the noise)", "0.1 µs 미만 (잡음 속)");
        return String.format(Locale.ROOT, "%.1f µs", micros);
    }

    private String mb(double megabytes) {
        return Double.isNaN(megabytes) ? language.pick("not measured", "측정 안 됨") : String.format(Locale.ROOT, "%.0f MB", megabytes);
    }

    private String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "-" : String.format(Locale.ROOT, "%.1f×", a / b);
    }
}
