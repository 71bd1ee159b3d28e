package minibrowser.tools.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minibrowser.common.Language;
import minibrowser.common.ipc.ChildEndpoint;
import minibrowser.tools.harness.RunningBrowser;

/**
 * Where one renderer's memory goes, the figures that decide what to cut (issue 18):
 * a browser is started whose renderers run with the JVM's Native Memory Tracking
 * (through {@code --renderer-cmd-prefix}, as one would run them under a tool), and the
 * renderer of its one tab is read two ways once the small page is drawn:
 * <ul>
 *   <li>by the kernel, {@code /proc/PID/smaps}: its PSS split by what is mapped (anonymous
 *       memory, the class-data archive's written and shared pages, libjvm.so and other
 *       libraries, the shared-memory frames);</li>
 *   <li>by the JVM, {@code jcmd PID VM.native_memory summary}: what it committed for the
 *       Java heap, class metadata, code, thread stacks, the compiler, symbols and the rest.</li>
 * </ul>
 * Committed is not resident (a committed page nobody touched costs nothing), and NMT does
 * not see what native libraries allocate themselves (fonts, image codecs), so the two
 * lists are shown side by side, not subtracted.
 */
final class RendererMemory {
    /** An NMT summary line: "-  Java Heap (reserved=262144KB, committed=23156KB)". */
    private static final Pattern NMT_CATEGORY = Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)");
    private static final Pattern NMT_THREADS = Pattern.compile("\\(thread #(\\d+)\\)");

    private RendererMemory() {}

    /**
     * @param pssKb    the renderer's PSS by kind of mapping ({@link #mappingKind}), kB
     * @param nmtKb    committed kB by NMT category, as NMT names them (empty without jcmd)
     * @param threads  the renderer's threads, as NMT counts them (0 without jcmd)
     */
    record Results(Map<String, Long> pssKb, Map<String, Long> nmtKb, long threads) implements Measured {
        @Override
        public List<Row> rows(Language language) {
            String group = language.pick("memory of one renderer", "렌더러 하나의 메모리");
            String na = language.pick("n/a: one process", "해당 없음: 프로세스 하나");
            List<Row> rows = new ArrayList<>();
            long total = pssKb.values().stream().mapToLong(Long::longValue).sum();
            rows.add(new Row(group, language.pick("PSS of the tab's renderer (NMT on)", "탭 렌더러의 PSS (NMT 켠 상태)"),
                    mb(total), na, "", language.pick(
                            "/proc/PID/smaps of the renderer of a tab showing the small page, 2 s after it is ready; "
                                    + "the rows below split it",
                            "작은 페이지를 보여 주는 탭의 렌더러 /proc/PID/smaps, 준비되고 2초 뒤; 아래 행들이 이를 나눔"),
                    Map.of("pssKb", total)));
            for (Map.Entry<String, Long> kind : pssKb.entrySet()) {
                rows.add(new Row(group, "PSS: " + kindName(language, kind.getKey()), mb(kind.getValue()), na, "",
                        kindHow(language, kind.getKey()), Map.of("pssKb", kind.getValue())));
            }
            if (nmtKb.isEmpty()) {
                rows.add(new Row(group, language.pick("committed by the JVM", "JVM이 커밋한 메모리"),
                        language.pick("n/a: no jcmd in this JDK", "해당 없음: 이 JDK에 jcmd 없음"), na, "", ""));
                return rows;
            }
            for (Map.Entry<String, Long> category : nmtKb.entrySet()) {
                String name = category.getKey().equals("Thread")
                        ? language.pick("Thread (" + threads + " threads' stacks)", "Thread (스레드 " + threads + "개의 스택)")
                        : category.getKey();
                rows.add(new Row(group, language.pick("committed: ", "커밋됨: ") + name, mb(category.getValue()), na, "",
                        language.pick("jcmd PID VM.native_memory summary (committed, not all of it touched)",
                                "jcmd PID VM.native_memory summary (커밋된 양, 전부 쓰인 것은 아님)"),
                        Map.of("committedKb", category.getValue())));
            }
            return rows;
        }

        private static String mb(long kb) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", kb / 1024.0);
        }
    }

    /** The NMT categories worth a row, biggest first as they usually are; the rest is under "the rest". */
    private static final List<String> NMT_ROWS = List.of("Java Heap", "Shared class space", "Metaspace", "Class",
            "Code", "Arena Chunk", "Thread", "Symbol", "Other", "Internal", "GC", "Compiler", "Native Memory Tracking");

    static Results measure() throws Exception {
        Path dir = Files.createTempDirectory("minibrowser-compare-nmt-");
        try {
            Path prefix = dir.resolve("java-with-nmt");
            Files.writeString(prefix, "#!/bin/sh\n# The renderer's command line, with Native Memory Tracking on.\n"
                    + "java=\"$1\"; shift\nexec \"$java\" -XX:NativeMemoryTracking=summary \"$@\"\n", StandardCharsets.UTF_8);
            prefix.toFile().setExecutable(true);
            // No sandbox: jcmd attaches through a socket in the renderer's /tmp, which the sandbox makes its own.
            try (RunningBrowser browser = RunningBrowser.start("per-tab",
                    List.of("--no-sandbox", "--renderer-cmd-prefix=" + prefix), BrowserRows.PAGE)) {
                browser.waitForAllTabs();
                Thread.sleep(2000);
                long pid = browser.tabs().get(0).getRendererPid();
                Map<String, Long> pss = pssByKind(pid);
                Map<String, Long> nmt = new LinkedHashMap<>();
                long threads = nmtSummary(pid, nmt);
                return new Results(pss, nmt, threads);
            }
        } finally {
            ChildEndpoint.deleteQuietly(dir);
        }
    }

    /** What a mapping of {@code /proc/PID/smaps} is, by its path: one of the kinds {@link Results} names. */
    static String mappingKind(String path, String permissions) {
        if (path.endsWith(".jsa")) return permissions.startsWith("rw") ? "archive-written" : "archive-shared";
        if (path.startsWith("/dev/shm/")) return "shared-memory";
        if (path.contains(".so")) return "libraries";
        if (path.startsWith("/")) return "files";
        return "anonymous";
    }

    /** PSS in kB by {@link #mappingKind}, in a fixed order. */
    static Map<String, Long> pssByKind(long pid) throws IOException {
        Map<String, Long> kb = new LinkedHashMap<>();
        for (String kind : List.of("anonymous", "archive-written", "archive-shared", "libraries", "shared-memory", "files")) {
            kb.put(kind, 0L);
        }
        String kind = "anonymous";
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps"))) {
            if (line.matches("^[0-9a-f]+-[0-9a-f]+ .*")) {
                String[] fields = line.trim().split("\\s+", 6);
                kind = mappingKind(fields.length > 5 ? fields[5] : "", fields[1]);
            } else if (line.startsWith("Pss:")) {
                kb.merge(kind, Long.parseLong(line.replaceAll("[^0-9]", "")), Long::sum);
            }
        }
        return kb;
    }

    /** Fills {@code committedKb} from jcmd's NMT summary of {@code pid}; returns its thread count (0 without jcmd). */
    private static long nmtSummary(long pid, Map<String, Long> committedKb) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) return 0;
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "VM.native_memory", "summary")
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
        return parseNmt(out, committedKb);
    }

    /** Parses an NMT summary into {@code committedKb} (the rows' categories, then "the rest"); returns the thread count. */
    static long parseNmt(String summary, Map<String, Long> committedKb) {
        Map<String, Long> all = new LinkedHashMap<>();
        long threads = 0;
        for (String line : summary.lines().toList()) {
            Matcher category = NMT_CATEGORY.matcher(line.trim());
            if (category.find()) all.put(category.group(1), Long.parseLong(category.group(3)));
            Matcher thread = NMT_THREADS.matcher(line);
            if (thread.find()) threads = Long.parseLong(thread.group(1));
        }
        long rest = all.values().stream().mapToLong(Long::longValue).sum();
        for (String name : NMT_ROWS) {
            if (all.containsKey(name)) {
                committedKb.put(name, all.get(name));
                rest -= all.get(name);
            }
        }
        if (!all.isEmpty()) committedKb.put("the rest", rest);
        return threads;
    }

    private static String kindName(Language language, String kind) {
        return switch (kind) {
            case "anonymous" -> language.pick("anonymous memory", "익명 메모리");
            case "archive-written" -> language.pick("class-data archive, written pages", "클래스 데이터 아카이브, 쓰인 페이지");
            case "archive-shared" -> language.pick("class-data archive, read-only pages", "클래스 데이터 아카이브, 읽기 전용 페이지");
            case "libraries" -> language.pick("libjvm.so and other libraries", "libjvm.so와 다른 라이브러리");
            case "shared-memory" -> language.pick("shared memory (/dev/shm: frames)", "공유 메모리 (/dev/shm: 프레임)");
            default -> language.pick("other mapped files (the jar, JDK modules)", "그 밖의 매핑된 파일 (jar, JDK 모듈)");
        };
    }

    private static String kindHow(Language language, String kind) {
        return switch (kind) {
            case "anonymous" -> language.pick(
                    "the Java heap, metaspace, code, stacks and every malloc (the JVM's and native libraries': fonts, image codecs)",
                    "Java 힙, 메타스페이스, 코드, 스택과 모든 malloc (JVM의 것과 네이티브 라이브러리의 것: 글꼴, 이미지 코덱)");
            case "archive-written" -> language.pick(
                    "the archive's read-write region: class metadata the JVM writes as classes are linked, copied per process",
                    "아카이브의 읽기-쓰기 영역: 클래스를 링크하며 JVM이 쓰는 클래스 메타데이터, 프로세스마다 복사됨");
            case "archive-shared" -> language.pick(
                    "the archive's read-only region: the same pages in every process, PSS divides them",
                    "아카이브의 읽기 전용 영역: 모든 프로세스가 같은 페이지를 씀, PSS가 나눔");
            case "libraries" -> language.pick("code and data of shared libraries", "공유 라이브러리의 코드와 데이터");
            case "shared-memory" -> language.pick("the frame buffers the gpu process reads", "gpu 프로세스가 읽는 프레임 버퍼");
            default -> language.pick("the rest of the file mappings", "나머지 파일 매핑");
        };
    }
}
