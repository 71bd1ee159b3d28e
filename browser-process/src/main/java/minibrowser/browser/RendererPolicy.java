package minibrowser.browser;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Which renderer a tab gets (Chromium's {@code RenderProcessHostImpl::GetProcessHostForSiteInstance}):
 * <ol>
 *   <li>per-site model: a live renderer of the tab's site, if there is one;</li>
 *   <li>at the renderer limit: a live renderer of the tab's site, else the one with fewest tabs;</li>
 *   <li>otherwise a new renderer: the spare one when it is there, else a freshly started one.</li>
 * </ol>
 *
 * @param model         the process model
 * @param rendererLimit renderers to start before tabs share ({@link RendererLimit})
 * @param keepSpare     keep one renderer started ahead of need, so a new tab does not wait for a JVM
 */
record RendererPolicy(ProcessModel model, int rendererLimit, boolean keepSpare) {
    /** The skeleton's behaviour: per-tab, the machine's limit, no spare. */
    static RendererPolicy defaults() {
        return new RendererPolicy(ProcessModel.PER_TAB, RendererLimit.forThisMachine(), false);
    }

    /**
     * The live renderer {@code site} should share, or empty when it gets a new one.
     *
     * @param live   the renderers that draw at least one tab
     * @param siteOf a renderer's site (null when it has none)
     * @param tabsOf how many tabs a renderer draws
     */
    <R> Optional<R> shareWith(Optional<String> site, List<R> live, Function<R, String> siteOf, ToIntFunction<R> tabsOf) {
        Optional<R> sameSite = site.flatMap(s -> live.stream().filter(r -> s.equals(siteOf.apply(r))).findFirst());
        if (model.groupsBySite() && sameSite.isPresent()) return sameSite;
        if (live.size() < rendererLimit) return Optional.empty();
        return sameSite.or(() -> live.stream().min(Comparator.comparingInt(tabsOf)));
    }

    /** Whether one more renderer may be started now, with {@code live} renderers running. */
    boolean mayStartAnother(int live) {
        return live < rendererLimit;
    }
}
