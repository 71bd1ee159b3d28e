package minibrowser.renderer.compositor;

import java.util.List;
import minibrowser.renderer.engine.Page;

/**
 * What the main thread hands to the compositor when a page is laid out and
 * painted: the one message of the main -> compositor hop. It is immutable, so
 * handing it over gives the compositor ownership without any lock.
 *
 * @param tab                the tab it is drawn for
 * @param navigationId       the navigation this page belongs to
 * @param page               the laid-out page and its display list
 * @param pluginInstances    for each of {@code page.embeds()}, its plugin instance id (0: none)
 */
public record CommitData(int tab, long navigationId, Page page, List<Integer> pluginInstances) {}
