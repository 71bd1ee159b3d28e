package minibrowser.tools.compare;

import static minibrowser.common.Language.ENGLISH;
import static minibrowser.common.Language.KOREAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The table in Korean, the JSON always in English: every group's rows are told from
 * made-up figures (nothing is measured, and no figure is checked).
 */
class CompareLanguageTest {
    /** Figure cells' English words that the Korean table must not show. */
    private static final List<String> ENGLISH_CELL_WORDS =
            List.of("between", " of 5", "cores busy", "n/a", "see rows", "to ready", "with -T", "~");

    @Test
    void theKoreanTableHasKoreanHeadingsAndTheEnglishOneStaysAsItWas() {
        List<Row> rows = List.of(new Row("memory", "what", "1 MB", "2 MB", "", "how"),
                new Row("memory", "what", "1 MB", "2 MB", "< 2 MB", "how").withRatio(samples(1), 2));
        assertTrue(Table.markdown(KOREAN, "here", rows).startsWith(
                "측정한 컴퓨터: here\n\n| 분류 | 항목 | 탭마다 프로세스 | 단일 프로세스 | 목표 | 탭마다 / 목표 | 측정 방법 |\n"
                        + "| --- | --- | --- | --- | --- | --- | --- |\n"));
        assertEquals("Machine: here\n\n| group | what | per-tab | single-process | target | per-tab / target | how measured |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n| memory | what | 1 MB | 2 MB |  |  | how |\n"
                + "| memory | what | 1 MB | 2 MB | < 2 MB | 0.50x | how |\n",
                Table.markdown(ENGLISH, "here", rows));
    }

    @Test
    void theJsonIsEnglishWhateverTheLanguage() {
        String json = Compare.report(true, KOREAN, everyGroup());
        assertEquals(Compare.report(true, ENGLISH, everyGroup()), json);
        assertFalse(hasHangul(json), json);
        assertTrue(json.contains("\"group\":\"context switch\"") && json.contains("\"copies\":\"2 by the kernel"), json);
        assertTrue(hasHangul(Compare.report(false, KOREAN, everyGroup())));
        assertFalse(hasHangul(Compare.report(false, ENGLISH, everyGroup())));
    }

    @Test
    void everyGroupTellsEveryRowInKorean() {
        for (Measured group : everyGroup()) {
            List<Row> english = group.rows(ENGLISH);
            List<Row> korean = group.rows(KOREAN);
            assertEquals(english.size(), korean.size());
            for (int i = 0; i < korean.size(); i++) {
                Row en = english.get(i);
                Row ko = korean.get(i);
                assertTrue(hasHangul(ko.group()) || ko.group().equals("IPC"), ko.toString());
                // Two faults are called the same in both languages.
                assertTrue(hasHangul(ko.what()) || List.of("kill -9", "System.exit").contains(ko.what()), ko.toString());
                assertEquals(en.how().isEmpty(), !hasHangul(ko.how()), ko.toString());
                for (String cell : List.of(ko.perTab(), ko.singleProcess(), ko.target())) {
                    for (String word : ENGLISH_CELL_WORDS) assertFalse(cell.contains(word), ko.toString());
                }
                assertEquals(en.figures(), ko.figures());
            }
        }
    }

    @Test
    void aBadLanguageIsRefusedBeforeAnythingIsMeasured() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Compare.run(new String[] {"--lang=fr"}, type -> null));
        } finally {
            System.setErr(stderr);
        }
        assertEquals("minibrowser compare: --lang must be en or ko, got fr", said.toString(StandardCharsets.UTF_8).strip());
    }

    /** Every group, with every kind of row each can give (both sides of each "if"). */
    private static List<Measured> everyGroup() {
        Samples[] both = {samples(1), samples(2)};
        List<Measured> groups = new ArrayList<>();
        groups.add(new BrowserRows.Results(both, both, both, both, both, samples(3), new Samples()));
        groups.add(new BrowserRows.Results(both, both, both, both, both, samples(3), samples(0.9)));
        groups.add(new StartUpRows.Results(samples(0.1), samples(0.2), samples(0.3), samples(1), true));
        Map<String, Long> nmt = new java.util.LinkedHashMap<>();
        long threads = RendererMemory.parseNmt("""
                -                 Java Heap (reserved=262144KB, committed=23156KB)
                                            (mmap: reserved=262144KB, committed=23156KB)
                -                    Thread (reserved=28752KB, committed=2552KB)
                                            (thread #28)
                -                   Tracing (reserved=1KB, committed=1KB)
                """, nmt);
        assertEquals(28, threads);
        assertEquals(Map.of("Java Heap", 23156L, "Thread", 2552L, "the rest", 1L), nmt);
        Map<String, Long> pss = new java.util.LinkedHashMap<>();
        for (String kind : List.of("anonymous", "archive-written", "archive-shared", "libraries", "shared-memory", "files")) pss.put(kind, 1000L);
        groups.add(new RendererMemory.Results(pss, nmt, threads));
        groups.add(new RendererMemory.Results(pss, Map.of(), 0));
        groups.add(new StartUpRows.Results(samples(0.1), samples(0.2), samples(0.3), new Samples(), false));
        IpcRows.Figures figures = new IpcRows.Figures(samples(1), samples(2), samples(3));
        groups.add(new IpcRows.Results(figures, figures, samples(1)));
        groups.add(ipcLab(true));
        groups.add(ipcLab(false));
        ContextSwitchRows.Pair pair = new ContextSwitchRows.Pair(samples(10), samples(5));
        ContextSwitchRows.Pair even = new ContextSwitchRows.Pair(samples(5), samples(5));
        groups.add(new ContextSwitchRows.Results(pair, pair, pair, Map.of(4, pair, 64, even)));
        groups.add(new ContextSwitchRows.Results(null, pair, null, Map.of()));
        List<IsolationRows.Usable> usable = new ArrayList<>();
        for (IsolationRows.Fault fault : IsolationRows.FAULTS) usable.add(new IsolationRows.Usable(fault, 4, 0));
        groups.add(new IsolationRows.Results(usable, 0.0, 1.0));
        List<ChildJvmRows.Setting> settings = List.of(
                new ChildJvmRows.Setting(l -> l.pick("JVM defaults", "JVM 기본값"), List.of("-Xss1m"), samples(1), samples(2)),
                new ChildJvmRows.Setting(l -> l.pick("the browser's", "브라우저의"), null, samples(1), samples(2)));
        groups.add(new ChildJvmRows.Results(settings, true, Optional.of("bwrap is not installed"), samples(1)));
        groups.add(new ChildJvmRows.Results(settings, false, Optional.empty(), samples(1)));
        return groups;
    }

    /** The IPC lab with every kind, shared memory the fastest or not. */
    private static IpcLab.Results ipcLab(boolean sharedMemoryWins) {
        Map<IpcKind, Samples[]> figures = new EnumMap<>(IpcKind.class);
        for (IpcKind kind : IpcKind.values()) figures.put(kind, new Samples[] {samples(10), samples(100)});
        IpcKind winner = sharedMemoryWins ? IpcKind.SHARED_MEMORY : IpcKind.PIPE;
        figures.put(winner, new Samples[] {samples(1), samples(1000)});
        return new IpcLab.Results(figures, figures, 1);
    }

    private static Samples samples(double value) {
        Samples samples = new Samples();
        samples.add(value);
        return samples;
    }

    private static boolean hasHangul(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }
}
