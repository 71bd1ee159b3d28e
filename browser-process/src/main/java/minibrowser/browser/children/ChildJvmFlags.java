package minibrowser.browser.children;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import minibrowser.common.frame.GpuMemoryLimits;

/**
 * The JVM flags a child process is started with. Each one was measured before it
 * was kept (ARCHITECTURE.md, "Child JVM flags, measured"):
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}: only the C1 compiler, which starts faster;</li>
 *   <li>{@code -XX:+UseSerialGC}: no parallel GC threads, a smaller footprint;</li>
 *   <li>a heap cap per type;</li>
 *   <li>a small young generation ({@link #SMALL_YOUNG}) and one small Netty buffer arena ({@link #SMALL_NETTY_ARENA});</li>
 *   <li>{@code -XX:-UsePerfData}: no {@code /tmp/hsperfdata_USER/PID} file, which a killed or
 *       halted JVM would leave behind (the task manager reads {@code /proc}, not that file);</li>
 *   <li>class-data sharing from {@code minibrowser.jsa} beside the jar (recorded as part of
 *       packaging, see app/pom.xml): classes come mapped, already
 *       parsed and verified, and the mapped pages are shared between children (mapped at the address the archive was written for: {@link #SHARED_ARCHIVE_AT_ITS_ADDRESS}). Used only
 *       when the archive is newer than the jar; {@code -Xshare:auto} makes the JVM ignore an
 *       archive that still does not match instead of refusing to start.</li>
 * </ul>
 */
public final class ChildJvmFlags {
    /**
     * A small heap to start with and a small young generation: every page the heap touches
     * stays in the process's memory, and a default eden (a third of the heap) is touched in
     * full before the first collection. The young generation still grows with the heap
     * when a big page needs it (NewSize, not -Xmn). For every process, the browser too:
     * -23 MB PSS per renderer in all (102 -> 84 MB with 16/8 MB on doc pages; 54 -> 49 MB
     * with 8/4 MB on a small page), -12 MB for the browser.
     */
    public static final List<String> SMALL_YOUNG = List.of("-Xms8m", "-XX:NewSize=4m");
    /**
     * Netty's buffer pool as one arena of 1 MB chunks instead of one of 4 MB per core: our
     * processes send small messages (frames travel through shared memory). -8 MB PSS per
     * renderer. The browser runs with it too.
     */
    public static final List<String> SMALL_NETTY_ARENA = List.of("-Dio.netty.allocator.numDirectArenas=1",
            "-Dio.netty.allocator.numHeapArenas=1", "-Dio.netty.allocator.maxOrder=7");
    /** The browser's own JVM flags, as the {@code minibrowser} launcher script gives them. */
    public static final List<String> BROWSER = Stream.of(
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss1m", "-XX:-UsePerfData"),
            SMALL_YOUNG, SMALL_NETTY_ARENA).flatMap(List::stream).toList();
    /**
     * Lean flags for every child: quick start-up, a small footprint. Not
     * {@code -XX:+ExitOnOutOfMemoryError}: it would end the JVM before the child's crash
     * handler ({@code FatalErrors}) could write its report; that handler ends it instead,
     * and its {@code OutOfMemoryWatch} ends a child whose error a library caught.
     */
    static final List<String> LEAN = List.of(
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss1m",
            "-Djava.awt.headless=true",
            "-XX:-UsePerfData");
    /**
     * Map the class-data archive at the address it was written for, so its pages stay clean
     * and are shared between children. Debian's JDK 17 maps it elsewhere by default
     * (ArchiveRelocationMode=1, against address-space guessing), which rewrites every pointer
     * in it: 32 MB of private pages per child. If that address is taken, the JVM still
     * relocates. -15 MB PSS per renderer.
     */
    public static final List<String> SHARED_ARCHIVE_AT_ITS_ADDRESS = List.of(
            "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
    /**
     * Heap caps: a renderer holds one or a few pages; the plugin process draws small surfaces;
     * the gpu's is the figure every frame and screenshot limit is derived from (GpuMemoryLimits).
     */
    static final Map<ChildType, String> HEAP = Map.of(
            ChildType.RENDERER, "-Xmx256m", ChildType.GPU, "-Xmx" + (GpuMemoryLimits.GPU_HEAP_BYTES >> 20) + "m", ChildType.PLUGIN, "-Xmx128m");
    /** The file name ending of a class list a training run of {@code ClassDataArchive} records. */
    public static final String CLASS_LIST_SUFFIX = ".classlist";

    /** The JVM flags that make a JVM write the classes it loads to {@code list}, without an archive. */
    public static List<String> recordFlags(Path list) {
        return List.of("-Xshare:off", "-XX:DumpLoadedClassList=" + list);
    }

    /** The AppCDS archive's file name, beside minibrowser.jar. */
    public static final String ARCHIVE_NAME = "minibrowser.jsa";

    private final List<String> override;
    private final Path jar;
    private final Path classListDir;
    private final AtomicInteger recorded = new AtomicInteger();

    /**
     * @param override flags to use instead of the lean set (from {@code --child-jvm-flags},
     *                 for measuring), or null for the measured defaults
     * @param jar      the jar children run from; the archive is looked for beside it
     */
    public ChildJvmFlags(List<String> override, Path jar) {
        this(override, jar, null);
    }

    /**
     * @param classListDir when not null, every child records the classes it loads into a
     *                     list of its own there instead of using the archive (the training
     *                     run of {@code ClassDataArchive})
     */
    public ChildJvmFlags(List<String> override, Path jar, Path classListDir) {
        this.override = override;
        this.jar = jar;
        this.classListDir = classListDir;
    }

    /** The flags for a child of {@code type}. */
    public List<String> forType(ChildType type) {
        if (override != null) return override;
        List<String> flags = new ArrayList<>(LEAN);
        flags.addAll(SMALL_NETTY_ARENA);
        flags.add(HEAP.get(type));
        flags.addAll(SMALL_YOUNG);
        if (classListDir != null) {
            flags.addAll(recordFlags(
                    classListDir.resolve(type.label() + "-" + recorded.incrementAndGet() + CLASS_LIST_SUFFIX)));
        } else {
            flags.addAll(archiveFlags());
        }
        return flags;
    }

    /**
     * The flags that map the class-data archive, shared and at its own address; none when
     * there is no fresh archive. The browser's own JVM gets them too ({@code minibrowser}).
     */
    public List<String> archiveFlags() {
        return archive().map(archive -> {
            List<String> flags = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
            flags.addAll(SHARED_ARCHIVE_AT_ITS_ADDRESS);
            return flags;
        }).orElse(List.of());
    }

    /** Where children record the classes they load (a training run of {@code ClassDataArchive}), if they do. */
    public Optional<Path> classListDir() {
        return Optional.ofNullable(classListDir);
    }

    /** The class-data archive, when there is one newer than the jar (else it would not match). */
    public Optional<Path> archive() {
        if (jar == null || jar.getParent() == null) return Optional.empty();
        Path archive = jar.resolveSibling(ARCHIVE_NAME);
        try {
            boolean fresh = Files.isRegularFile(archive) && Files.isRegularFile(jar)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
            return fresh ? Optional.of(archive) : Optional.empty();
        } catch (java.io.IOException unreadable) {
            return Optional.empty();
        }
    }
}
