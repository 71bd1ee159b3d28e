package minibrowser.tools.compare;

import minibrowser.tools.harness.RunningBrowser;
import java.util.ArrayList;
import java.util.List;
import minibrowser.browser.children.ChildMain;
import java.util.function.Function;
import java.util.Optional;
import minibrowser.browser.children.ChildJvmFlags;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.browser.children.ChildSandbox;
import minibrowser.browser.children.ChildType;
import minibrowser.common.Language;

/**
 * Each child JVM setting, measured before it was kept: a renderer started by the
 * browser's own launcher, from spawn until its ChildReady call arrived, and its PSS
 * with three alike renderers alive (so shared pages are divided three ways). Two rows
 * give the OS sandbox's cost: the kept flags without it and inside it (bwrap's two
 * processes counted in the PSS). The last row starts the renderer as threads instead
 * (the single-process model).
 */
final class ChildJvmRows {
    private ChildJvmRows() {}

    /**
     * One setting, measured: its name in either language, its flags (null: the browser's
     * own child flags), and each renderer's time to ready (ms) and PSS (MB).
     */
    record Setting(Function<Language, String> name, List<String> flags, Samples startMs, Samples pssMb) {}

    /**
     * The settings in the order they were added; whether the AppCDS archive was there (the
     * settings from it on need it); why the OS sandbox could not be measured (empty when it
     * was, or when there was no archive); and the renderer started on threads (ms).
     */
    record Results(List<Setting> settings, boolean archived, Optional<String> sandboxUnavailable, Samples thread)
            implements Measured {
        @Override
        public List<Row> rows(Language language) {
            String group = language.pick("child JVM", "자식 JVM");
            List<Row> rows = new ArrayList<>();
            for (Setting setting : settings) {
                String how = setting.flags() == null
                        ? language.pick("the browser's child flags", "브라우저가 자식 프로세스에 주는 플래그")
                        : String.join(" ", setting.flags());
                rows.add(new Row(group, setting.name().apply(language), language.pick(
                        setting.startMs().format("ms", 0) + " to ready; " + setting.pssMb().format("MB", 1) + " PSS",
                        "준비까지 " + setting.startMs().format("ms", 0) + "; PSS " + setting.pssMb().format("MB", 1)),
                        "", "", language.pick("renderer process spawned by ChildLauncher: ",
                                "ChildLauncher가 띄운 렌더러 프로세스: ") + how));
            }
            String notApplicable = language.pick("n/a: ", "해당 없음: ");
            if (!archived) {
                rows.add(new Row(group, appCds(language),
                        notApplicable + language.pick("no fresh minibrowser.jsa beside the jar", "jar 옆에 최신 minibrowser.jsa가 없음"),
                        "", "", language.pick("the ./minibrowser launcher builds it after packaging",
                                "./minibrowser 실행 스크립트가 패키징 뒤에 만들어 줌")));
            }
            // The reason comes from ChildSandbox, in English.
            sandboxUnavailable.ifPresent(reason -> rows.add(new Row(group,
                    language.pick("renderer in the OS sandbox", "OS 샌드박스 안의 렌더러"), notApplicable + reason, "", "", "")));
            rows.add(new Row(group, language.pick("renderer start → ChildReady", "렌더러 시작 → ChildReady"),
                    language.pick("see rows above", "위의 행들 참고"), thread.format("ms", 1), "",
                    language.pick("single-process: the same RendererMain started on a thread, in-process gRPC",
                            "단일 프로세스: 같은 RendererMain을 스레드로 시작, in-process gRPC")));
            return rows;
        }
    }

    /** @param entryPoints the children's entry points, for the row that runs them on threads */
    static Results measure(int runs, Function<ChildType, ChildMain> entryPoints) throws Exception {
        List<String> lean = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");
        List<String> capped = new ArrayList<>(lean);
        capped.addAll(List.of("-Xmx256m", "-Xss1m"));
        Optional<java.nio.file.Path> archive = new ChildJvmFlags(null, RunningBrowser.jar()).archive();
        Optional<String> sandboxUnavailable = Optional.empty();
        List<Setting> settings = new ArrayList<>();
        settings.add(setting(l -> l.pick("JVM defaults", "JVM 기본값"), List.of("-Djava.awt.headless=true"), runs));
        settings.add(setting(l -> l.pick("+ lean JIT and GC (C1 only, SerialGC)", "+ 가벼운 JIT와 GC (C1만, SerialGC)"),
                lean, runs));
        settings.add(setting(l -> l.pick("+ heap cap 256 MB", "+ 힙 상한 256 MB"), capped, runs));
        if (archive.isPresent()) {
            List<String> shared = new ArrayList<>(capped);
            shared.addAll(List.of("-XX:SharedArchiveFile=" + archive.get(), "-Xshare:auto"));
            settings.add(setting(ChildJvmRows::appCds, shared, runs));
            List<String> atItsAddress = new ArrayList<>(shared);
            atItsAddress.addAll(ChildJvmFlags.SHARED_ARCHIVE_AT_ITS_ADDRESS);
            settings.add(setting(l -> l.pick("+ archive mapped at its own address (pages shared)",
                    "+ 아카이브를 원래 주소에 매핑 (페이지 공유)"), atItsAddress, runs));
            List<String> small = new ArrayList<>(atItsAddress);
            small.addAll(ChildJvmFlags.SMALL_YOUNG);
            small.addAll(ChildJvmFlags.SMALL_NETTY_ARENA);
            settings.add(setting(l -> l.pick("+ small young generation, one 1 MB Netty arena (kept: the default)",
                    "+ 작은 young 세대, 1 MB Netty 아레나 하나 (채택: 기본값)"), small, runs));
            sandboxUnavailable = ChildSandbox.unavailableBecause(true);
            if (sandboxUnavailable.isEmpty()) settings.addAll(sandboxSettings(runs));
        }
        Samples thread = new Samples();
        try (ChildHarness harness = new ChildHarness(entryPoints, null)) {
            for (int run = 0; run < runs + 1; run++) {
                long start = System.nanoTime();
                harness.launch(ChildType.RENDERER);
                if (run > 0) thread.add((System.nanoTime() - start) / 1e6);
            }
        }
        return new Results(settings, archive.isPresent(), sandboxUnavailable, thread);
    }

    /** The name of the AppCDS row, measured or not. */
    private static String appCds(Language language) {
        return language.pick("+ AppCDS archive", "+ AppCDS 아카이브");
    }

    /**
     * The sandbox's cost, with the browser's own child flags: a renderer without the
     * sandbox ({@code --no-sandbox}) and inside it (the default), measured alike.
     */
    private static List<Setting> sandboxSettings(int runs) throws Exception {
        return List.of(setting(l -> l.pick("browser's flags, no sandbox (--no-sandbox)",
                        "브라우저의 플래그, 샌드박스 없이 (--no-sandbox)"), null, runs, false),
                setting(l -> l.pick("browser's flags, in the OS sandbox (bubblewrap; the default)",
                        "브라우저의 플래그, OS 샌드박스 안에서 (bubblewrap; 기본값)"), null, runs, true));
    }

    private static Setting setting(Function<Language, String> name, List<String> flags, int runs) throws Exception {
        return setting(name, flags, runs, false);
    }

    /** @param flags null for the browser's own child flags ({@link ChildJvmFlags}) */
    private static Setting setting(Function<Language, String> name, List<String> flags, int runs, boolean sandbox)
            throws Exception {
        Samples startMs = new Samples();
        Samples pssMb = new Samples();
        for (int run = 0; run < runs; run++) {
            try (ChildHarness harness = new ChildHarness(null, flags, sandbox)) {
                List<ChildProcessHost> alive = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    long start = System.nanoTime();
                    alive.add(harness.launch(ChildType.RENDERER));
                    startMs.add((System.nanoTime() - start) / 1e6);
                }
                Thread.sleep(500);
                long pss = 0;
                for (ChildProcessHost child : alive) pss += Pss.kb(child.pid()) + bwrapPssKb(child.pid());
                pssMb.add(pss / 3.0 / 1024);
            }
        }
        return new Setting(name, flags, startMs, pssMb);
    }

    /** The PSS of the bwrap processes above a sandboxed JVM (bwrap and its PID namespace's init); 0 without. */
    private static long bwrapPssKb(long jvmPid) {
        long kb = 0;
        Optional<ProcessHandle> above = ProcessHandle.of(jvmPid).flatMap(ProcessHandle::parent);
        while (above.isPresent() && above.get().info().command().map(c -> c.endsWith("/bwrap")).orElse(false)) {
            kb += Pss.kb(above.get().pid());
            above = above.get().parent();
        }
        return kb;
    }
}
