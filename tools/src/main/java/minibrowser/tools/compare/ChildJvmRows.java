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

    /** @param entryPoints the children's entry points, for the row that runs them on threads */
    static List<Row> measure(int runs, Function<ChildType, ChildMain> entryPoints) throws Exception {
        List<String> lean = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");
        List<String> capped = new ArrayList<>(lean);
        capped.addAll(List.of("-Xmx256m", "-Xss1m"));
        Optional<java.nio.file.Path> archive = new ChildJvmFlags(null, RunningBrowser.jar()).archive();
        List<Row> rows = new ArrayList<>();
        rows.add(row("JVM defaults", List.of("-Djava.awt.headless=true"), runs));
        rows.add(row("+ lean JIT and GC (C1 only, SerialGC)", lean, runs));
        rows.add(row("+ heap cap 256 MB", capped, runs));
        if (archive.isPresent()) {
            List<String> shared = new ArrayList<>(capped);
            shared.addAll(List.of("-XX:SharedArchiveFile=" + archive.get(), "-Xshare:auto"));
            rows.add(row("+ AppCDS archive", shared, runs));
            List<String> atItsAddress = new ArrayList<>(shared);
            atItsAddress.addAll(ChildJvmFlags.SHARED_ARCHIVE_AT_ITS_ADDRESS);
            rows.add(row("+ archive mapped at its own address (pages shared)", atItsAddress, runs));
            List<String> small = new ArrayList<>(atItsAddress);
            small.addAll(ChildJvmFlags.SMALL_YOUNG);
            small.addAll(ChildJvmFlags.SMALL_NETTY_ARENA);
            rows.add(row("+ small young generation, one 1 MB Netty arena (kept: the default)", small, runs));
            rows.addAll(sandboxRows(runs));
        } else {
            rows.add(new Row("child JVM", "+ AppCDS archive", "n/a: no fresh minibrowser.jsa beside the jar", "", "",
                    "the ./minibrowser launcher builds it after packaging"));
        }
        Samples thread = new Samples();
        try (ChildHarness harness = new ChildHarness(entryPoints, null)) {
            for (int run = 0; run < runs + 1; run++) {
                long start = System.nanoTime();
                harness.launch(ChildType.RENDERER);
                if (run > 0) thread.add((System.nanoTime() - start) / 1e6);
            }
        }
        rows.add(new Row("child JVM", "renderer start → ChildReady", "see rows above", thread.format("ms", 1), "",
                "single-process: the same RendererMain started on a thread, in-process gRPC"));
        return rows;
    }

    /**
     * The sandbox's cost, with the browser's own child flags: a renderer without the
     * sandbox ({@code --no-sandbox}) and inside it (the default), measured alike.
     */
    private static List<Row> sandboxRows(int runs) throws Exception {
        Optional<String> unavailable = ChildSandbox.unavailableBecause(true);
        if (unavailable.isPresent()) {
            return List.of(new Row("child JVM", "renderer in the OS sandbox", "n/a: " + unavailable.get(), "", "", ""));
        }
        return List.of(row("browser's flags, no sandbox (--no-sandbox)", null, runs, false),
                row("browser's flags, in the OS sandbox (bubblewrap; the default)", null, runs, true));
    }

    private static Row row(String setting, List<String> flags, int runs) throws Exception {
        return row(setting, flags, runs, false);
    }

    /** @param flags null for the browser's own child flags ({@link ChildJvmFlags}) */
    private static Row row(String setting, List<String> flags, int runs, boolean sandbox) throws Exception {
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
        String how = flags == null ? "the browser's child flags" : String.join(" ", flags);
        return new Row("child JVM", setting, startMs.format("ms", 0) + " to ready; " + pssMb.format("MB", 1) + " PSS",
                "", "", "renderer process spawned by ChildLauncher: " + how);
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
