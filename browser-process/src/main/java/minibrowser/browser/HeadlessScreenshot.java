package minibrowser.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import minibrowser.common.ExitCode;

/**
 * {@code --headless --screenshot=FILE URL}: load one page, write a PNG of it, exit.
 * Any failure is one line on stderr and a non-zero exit code.
 */
final class HeadlessScreenshot {
    static final int FAILED = 1;

    private HeadlessScreenshot() {}

    /**
     * @param started the browser's start (its gpu process), which the tab's renderer need not
     *                wait for; it is waited for before returning, even on failure, so the
     *                browser never quits while its gpu is still starting
     */
    static int take(Browser browser, CompletableFuture<Void> started, String url, Path file) throws Exception {
        try {
            return loadAndWrite(browser, url, file);
        } finally {
            started.handle((done, failed) -> done).get(60, TimeUnit.SECONDS);
        }
    }

    private static int loadAndWrite(Browser browser, String url, Path file) throws Exception {
        Path target = file.toAbsolutePath();
        if (target.getParent() != null && !Files.isWritable(target.getParent())) {
            System.err.println("minibrowser: cannot write " + file + ": directory not writable");
            return FAILED;
        }
        int tab = browser.openTab(url).get();
        TabSnapshot loaded = browser.waitForLoad(tab).get(60, TimeUnit.SECONDS);
        if (!loaded.loadError().isEmpty()) {
            System.err.println("minibrowser: cannot load " + loaded.url() + ": " + loaded.loadError());
            return FAILED;
        }
        if (loaded.state() == TabState.CRASHED) {
            System.err.println("minibrowser: the renderer crashed: " + loaded.crashReason());
            return FAILED;
        }
        byte[] png = browser.screenshot(tab).get(30, TimeUnit.SECONDS);
        try {
            Files.write(target, png);
        } catch (IOException e) {
            System.err.println("minibrowser: cannot write " + file + ": " + e.getMessage());
            return FAILED;
        }
        return ExitCode.NORMAL.code();
    }
}
