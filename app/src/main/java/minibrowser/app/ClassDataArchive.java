package minibrowser.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import minibrowser.browser.children.ChildJvmFlags;
import minibrowser.common.ipc.ChildEndpoint;

/**
 * {@code java -jar minibrowser.jar archive}: records {@code minibrowser.jsa}, the
 * class-data archive beside the jar that the browser and every child map (AppCDS). It
 * runs at packaging (app/pom.xml) and from {@code ./minibrowser} when the
 * archive is missing or older than the jar.
 * <ol>
 *   <li><b>Train.</b> Run the browser twice on about:home, which has text, a table, an
 *       image and a plugin: once per-tab, where the browser, gpu, renderers and plugin
 *       are processes of their own and each writes the classes it loaded to a list
 *       ({@code -XX:DumpLoadedClassList}); once single-process, for the in-process
 *       transport's classes.</li>
 *   <li><b>Merge</b> the lists: one archive serves every process type, so the pages of a
 *       class all types use (gRPC, Netty, protobuf, the JDK's own) are mapped once.</li>
 *   <li><b>Dump.</b> {@code java -Xshare:dump} parses and verifies those classes, the JDK's
 *       and ours, and writes them into one static archive.</li>
 * </ol>
 * A static archive of all process types, rather than the dynamic archive of one JVM: a
 * dynamic archive holds only the classes its own JVM loaded, so a single-process run
 * left out the Netty socket classes every child uses (a thousand classes per child were
 * still loaded from the jar), and a per-tab run would record only the browser's.
 */
public final class ClassDataArchive {
    private static final long TRAINING_SECONDS = 120;

    private ClassDataArchive() {}

    public static int run(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        Path archive = jar.resolveSibling(ChildJvmFlags.ARCHIVE_NAME);
        Path work = Files.createTempDirectory("minibrowser-archive-");
        try {
            for (String model : List.of("per-tab", "single-process")) train(jar, work, model);
            Path merged = merge(work);
            dump(jar, merged, archive, work);
            System.err.println("minibrowser: class-data archive recorded: " + archive);
            return 0;
        } catch (IOException failed) {
            System.err.println("minibrowser: no class-data archive recorded: " + failed.getMessage());
            return 1;
        } finally {
            ChildEndpoint.deleteQuietly(work);
        }
    }

    /** One run of the browser on about:home under {@code model}; every JVM of it writes its class list into {@code work}. */
    private static void train(Path jar, Path work, String model) throws Exception {
        List<String> command = java();
        command.addAll(ChildJvmFlags.BROWSER);
        command.addAll(ChildJvmFlags.recordFlags(work.resolve("browser-" + model + ChildJvmFlags.CLASS_LIST_SUFFIX)));
        command.addAll(List.of("-jar", jar.toString(), "--headless", "--process-model=" + model,
                "--screenshot=" + work.resolve(model + ".png"), "--window-size=800,600",
                "--record-class-lists=" + work, "about:home"));
        runToEnd(command, work.resolve(model + ".log"));
    }

    /** Every list's classes once, in the order first seen (comments dropped). */
    private static Path merge(Path work) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        try (Stream<Path> lists = Files.list(work)) {
            for (Path list : lists.filter(p -> p.toString().endsWith(ChildJvmFlags.CLASS_LIST_SUFFIX)).sorted().toList()) {
                for (String line : Files.readAllLines(list)) {
                    if (!line.isBlank() && !line.startsWith("#")) lines.add(line);
                }
            }
        }
        if (lines.isEmpty()) throw new IOException("the training runs recorded no classes");
        Path merged = work.resolve("all.txt");
        Files.write(merged, lines);
        return merged;
    }

    /** java -Xshare:dump of the merged list into a new file, then moved over the archive in one step. */
    private static void dump(Path jar, Path classList, Path archive, Path work) throws Exception {
        Path fresh = work.resolve(ChildJvmFlags.ARCHIVE_NAME);
        List<String> command = java();
        command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + fresh, "-cp", jar.toString()));
        runToEnd(command, work.resolve("dump.log"));
        Files.move(fresh, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> java() {
        return new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"));
    }

    private static void runToEnd(List<String> command, Path log) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IOException("exit code " + process.exitValue() + ": " + String.join(" ", command) + "\n"
                    + Files.readString(log));
        }
    }
}
