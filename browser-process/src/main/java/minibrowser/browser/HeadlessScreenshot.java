package minibrowser.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import minibrowser.common.ExitCode;

/**
 * {@code --headless --screenshot=FILE URL}: load one page, write a PNG of it, exit.
 * Any failure is one line on stderr and a non-zero exit code.
 */
final class HeadlessScreenshot {
    static final int FAILED = 1;

    private HeadlessScreenshot() {}

    /** @param started the browser's start (its gpu process), which the tab's renderer need not wait for */
    static int take(Browser browser, java.util.concurrent.CompletableFuture<Void> started, String url, Path file)
            throws Exception {
        Path target = file.toAbsolutePath();
        if (target.getParent() != null && !Files.isWritable(target.getParent())) {
            System.err.println("minibrowser: cannot write " + file + ": directory not writable");
            return FAILED;
        }
        int tab = browser.openTab(url).get();
        started.get(60, TimeUnit.SECONDS);
        TabSnapshot loaded = browser.waitForLoad(tab).get(60, TimeUnit.SECONDS);
        if (!loaded.loadError().isEmpty()) {
            System.err.println("minibrowser: cannot load " + loaded.url() + ": " + loaded.loadError());
            return FAILED;
        }
        if (loaded.state().equals(TabState.CRASHED.label())) {
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
