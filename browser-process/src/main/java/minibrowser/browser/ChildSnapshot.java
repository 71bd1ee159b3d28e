package minibrowser.browser;

import java.util.List;
import minibrowser.browser.children.ChildProcessHost;

/** A live child process and the tabs it serves, for {@code ctl ps} and the task manager. */
public record ChildSnapshot(ChildProcessHost process, List<Integer> tabs, int restarts) {}
