package minibrowser.browser;

import java.util.List;
import minibrowser.browser.children.ChildProcessHost;

/**
 * A live child process and the tabs it serves, for {@code ctl ps} and the task manager.
 *
 * @param spare true for the renderer started ahead of need, ready for the next tab
 */
public record ChildSnapshot(ChildProcessHost process, List<Integer> tabs, int restarts, boolean spare) {
    public ChildSnapshot(ChildProcessHost process, List<Integer> tabs, int restarts) {
        this(process, tabs, restarts, false);
    }
}
