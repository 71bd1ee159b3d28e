package minibrowser.renderer.compositor;

import java.util.Collections;
import java.util.List;
import minibrowser.renderer.engine.Page;

/**
 * What the main thread hands to the compositor when a page is laid out and
 * painted: the one message of the main -> compositor hop. It is immutable, so
 * handing it over gives the compositor ownership without any lock.
 *
 * @param tab                   the tab it is drawn for
 * @param navigationId          the navigation this page belongs to
 * @param page                  the laid-out page and its display list
 * @param pluginInstances       for each of {@code page.embeds()}, its plugin instance id (0: none)
 * @param pluginInstancesPending the browser is still making the instances (each id is 0 until
 *                              then): the embeds draw nothing yet and the load is not finished;
 *                              main sends the ids on with {@link Compositor#pluginInstancesMade}
 */
public record CommitData(int tab, long navigationId, Page page, List<Integer> pluginInstances,
                         boolean pluginInstancesPending) {

    /** A page committed before the browser has made its plugin instances. */
    public static CommitData awaitingPluginInstances(int tab, long navigationId, Page page) {
        return new CommitData(tab, navigationId, page, Collections.nCopies(page.embeds().size(), 0), true);
    }

    /** The same page with the instances the browser made for its embeds. */
    public CommitData withPluginInstances(List<Integer> made) {
        return new CommitData(tab, navigationId, page, List.copyOf(made), false);
    }
}
