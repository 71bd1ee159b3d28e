/**
 * Launching and watching child processes. {@link minibrowser.browser.children.ChildLauncher}
 * starts a child from the same artifact with a {@code --type} switch;
 * {@link minibrowser.browser.children.ChildProcessHost} is the browser side of one
 * child (Chromium's {@code ChildProcessHost}): its process, secret, channel and
 * how it ended. {@link minibrowser.browser.children.ChildSandbox} starts renderers and
 * the plugin process inside bubblewrap's namespaces, and
 * {@link minibrowser.browser.children.SandboxedProcess} finds the JVM below it. The
 * browser is the only place that starts processes.
 */
package minibrowser.browser.children;
