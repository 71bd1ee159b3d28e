package minibrowser.browser;

import java.nio.file.Path;

/**
 * One plugin instance as the browser knows it: which tab embeds it, its surface
 * in shared memory, and the token its frames carry to the gpu process.
 */
record PluginInstanceRecord(int id, int tab, String mimeType, int width, int height,
                            int bufferId, Path surface, String token) {}
