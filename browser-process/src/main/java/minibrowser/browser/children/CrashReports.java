package minibrowser.browser.children;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import minibrowser.common.CrashReport;
import minibrowser.common.ipc.ChildEndpoint;
import minibrowser.common.ipc.SessionLayout;

/**
 * The session's crash directory ({@link SessionLayout#crashes()}), Chromium's
 * "Crash Reports" folder in small. When a child has exited, the browser takes the
 * report it left in its own directory ({@link CrashReport#FILE_NAME}), checks it
 * ({@link CrashReport#parse}: a child's file is a child's word), and files its own
 * copy, written from the parsed fields, as {@code crashes/CHILD-PID.txt}.
 * {@code about:crashes} lists them. Nothing here is kept in memory: the directory
 * is the record, and it goes with the session.
 */
public final class CrashReports {
    private final Path directory;

    public CrashReports(Path sessionDir) {
        this.directory = new SessionLayout(sessionDir).crashes();
    }

    /** A report the browser has filed: what the child wrote, which child, where it is now. */
    public record Filed(CrashReport report, String childId, long pid, Path file, FileTime written) {}

    /**
     * Takes the report child {@code childId} (pid {@code pid}) left in {@code ownDir},
     * if it left one that reads as a report. The child's file is removed either way,
     * so a successor in the same directory (the gpu's, the plugin's) never inherits it.
     */
    Optional<Filed> collect(String childId, long pid, Path ownDir) {
        Path left = ownDir.resolve(CrashReport.FILE_NAME);
        try {
            // Not followed if it is a link (to a file the child could not read itself), and read
            // only so far: the child is dead by now, so nothing swaps the file under us.
            if (!Files.isRegularFile(left, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            Optional<CrashReport> report = CrashReport.parse(readAtMost(left, CrashReport.MAX_BYTES));
            if (report.isEmpty()) return Optional.empty();
            Files.createDirectories(directory);
            Path filed = directory.resolve(childId + "-" + pid + ".txt");
            Files.writeString(filed, report.get().text(), StandardCharsets.UTF_8);
            return Optional.of(new Filed(report.get(), childId, pid, filed, Files.getLastModifiedTime(filed)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // not text, not ours, or gone: no report
        } finally {
            ChildEndpoint.deleteQuietly(left);
        }
    }

    private static String readAtMost(Path file, int limit) throws IOException {
        try (SeekableByteChannel in = Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            ByteBuffer bytes = ByteBuffer.allocate(limit + 1);
            while (bytes.hasRemaining() && in.read(bytes) > 0) {
                // read on, to the limit
            }
            if (!bytes.hasRemaining()) throw new IOException("larger than " + limit + " bytes");
            return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
        }
    }

    /** The reports filed in this session, newest first. */
    public List<Filed> list() {
        List<Filed> all = new ArrayList<>();
        if (!Files.isDirectory(directory)) return all;
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(file -> read(file).ifPresent(all::add));
        } catch (IOException unreadable) {
            return all;
        }
        all.sort(Comparator.comparing(Filed::written).reversed());
        return all;
    }

    private static Optional<Filed> read(Path file) {
        String name = file.getFileName().toString();
        int dash = name.lastIndexOf('-');
        if (!name.endsWith(".txt") || dash < 1) return Optional.empty();
        try {
            long pid = Long.parseLong(name.substring(dash + 1, name.length() - 4));
            return CrashReport.parse(Files.readString(file, StandardCharsets.UTF_8))
                    .map(report -> new Filed(report, name.substring(0, dash), pid, file, modified(file)));
        } catch (IOException | RuntimeException notAReport) {
            return Optional.empty();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
    }
}
