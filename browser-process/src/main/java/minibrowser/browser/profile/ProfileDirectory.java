package minibrowser.browser.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Where a browser keeps its data, chosen as Chromium chooses its user data directory:
 * <ol>
 *   <li>{@code --user-data-dir=DIR}, when given;</li>
 *   <li>else, for {@code --headless}, a fresh temporary directory removed at exit, so that
 *       scripts and tests never touch the user's profile;</li>
 *   <li>else {@code $XDG_DATA_HOME/minibrowser}, or {@code ~/.local/share/minibrowser}.</li>
 * </ol>
 * The directory is made with mode 0700: the profile is the user's, and only the browser
 * process opens it.
 */
public final class ProfileDirectory {
    private final Path path;
    private final boolean temporary;

    private ProfileDirectory(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    /**
     * @param userDataDir {@code --user-data-dir}, or null
     * @param headless    whether the browser runs without a terminal UI
     * @param environment the process's environment (XDG_DATA_HOME, HOME)
     */
    public static ProfileDirectory choose(Path userDataDir, boolean headless, Map<String, String> environment)
            throws IOException {
        if (userDataDir != null) return new ProfileDirectory(made(userDataDir.toAbsolutePath()), false);
        if (headless) return temporary();
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
        return new ProfileDirectory(made(base.resolve("minibrowser")), false);
    }

    /** A fresh profile that lives as long as this browser (also the refuge when the chosen one cannot be opened). */
    public static ProfileDirectory temporary() throws IOException {
        return new ProfileDirectory(Files.createTempDirectory("minibrowser-profile-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))), true);
    }

    private static Path made(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        return dir;
    }

    public Path path() {
        return path;
    }

    /** True for a profile removed when the browser exits. */
    public boolean isTemporary() {
        return temporary;
    }

    /** The history, bookmarks and session database. */
    public Path database() {
        return path.resolve("Profile.db");
    }

    /** Removes a temporary profile (the browser's last step); a chosen one stays. */
    public void deleteIfTemporary() {
        if (!temporary) return;
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException gone) {
            // already removed, or a file vanished under the walk
        }
    }
}
