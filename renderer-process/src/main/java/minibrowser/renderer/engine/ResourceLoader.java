package minibrowser.renderer.engine;

import java.util.Optional;

/**
 * Loads a subresource (a stylesheet) through the browser, which owns the network.
 * The engine never opens a file or socket itself. Called on the renderer main thread.
 */
public interface ResourceLoader {

    /** The bytes at {@code absoluteUrl}, or empty if it could not be loaded. */
    Optional<byte[]> fetch(String absoluteUrl);

    /** A loader that loads nothing: pages render with their inline styles only. */
    static ResourceLoader none() {
        return url -> Optional.empty();
    }
}
