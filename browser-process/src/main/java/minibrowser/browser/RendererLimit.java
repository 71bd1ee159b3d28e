package minibrowser.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many renderers the browser starts before new tabs share existing ones.
 * Chromium: physical RAM / 2 / 85 MB (its measured renderer footprint), clamped to
 * 3..82. Ours is the same formula with our own measured footprint:
 * <pre>
 *   limit = clamp(physical RAM / 2 / RENDERER_FOOTPRINT_MB, 3, 82)
 * </pre>
 * {@link #RENDERER_FOOTPRINT_MB} is the PSS of one added tab in the per-tab model,
 * measured by {@code ./minibrowser compare} (README, ARCHITECTURE.md); re-measure it
 * when the renderer or its JVM flags change. Past the limit a new tab shares a
 * renderer of its own site if there is one, else the renderer with fewest tabs.
 */
final class RendererLimit {
    /**
     * Measured PSS of one added renderer tab, in MB, rounded up: 48.9 MB by
     * {@code ./minibrowser compare} on the README's machine (2 cores, 23.5 GB) on
     * 2026-11-28 (98.9 MB that morning, before the memory work of ARCHITECTURE.md).
     */
    static final long RENDERER_FOOTPRINT_MB = 50;
    static final int MIN = 3;
    static final int MAX = 82;

    private RendererLimit() {}

    /** The limit for a machine with {@code physicalMb} of RAM. */
    static int forMemory(long physicalMb) {
        long limit = physicalMb / 2 / RENDERER_FOOTPRINT_MB;
        return (int) Math.max(MIN, Math.min(MAX, limit));
    }

    /** The limit for this machine. */
    static int forThisMachine() {
        return forMemory(physicalMemoryMb());
    }

    /** MemTotal from /proc/meminfo, in MB; 4 GB when it cannot be read. */
    static long physicalMemoryMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        } catch (IOException | NumberFormatException unreadable) {
            // Not Linux, or no /proc.
        }
        return 4096;
    }
}
