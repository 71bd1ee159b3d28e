package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which renderer a tab gets: per model, and past the renderer limit. */
class RendererPolicyTest {
    /** A renderer as the policy sees it: its site and how many tabs it draws. */
    record Fake(String site, int tabs) {}

    private static Optional<Fake> share(ProcessModel model, int limit, String site, Fake... live) {
        return new RendererPolicy(model, limit, true).shareWith(Optional.ofNullable(site), List.of(live), Fake::site, Fake::tabs);
    }

    @Test
    void perSiteSharesWithItsSiteOnly() {
        Fake a = new Fake("http://a.org", 1);
        assertEquals(Optional.of(a), share(ProcessModel.PER_SITE, 10, "http://a.org", a));
        assertEquals(Optional.empty(), share(ProcessModel.PER_SITE, 10, "http://b.org", a));
        assertEquals(Optional.empty(), share(ProcessModel.PER_SITE, 10, null, a), "data: URLs never share");
    }

    @Test
    void perTabAndSingleProcessNeverShareBelowTheLimit() {
        Fake a = new Fake("http://a.org", 1);
        assertEquals(Optional.empty(), share(ProcessModel.PER_TAB, 10, "http://a.org", a));
        assertEquals(Optional.empty(), share(ProcessModel.SINGLE_PROCESS, 10, "http://a.org", a));
    }

    @Test
    void atTheLimitTheSameSiteFirstThenTheLeastLoaded() {
        Fake a = new Fake("http://a.org", 3);
        Fake b = new Fake("http://b.org", 1);
        Fake c = new Fake("http://c.org", 2);
        assertEquals(Optional.of(c), share(ProcessModel.PER_TAB, 3, "http://c.org", a, b, c));
        assertEquals(Optional.of(b), share(ProcessModel.PER_TAB, 3, "http://d.org", a, b, c));
    }

    @Test
    void theLimitFollowsChromiumsFormulaWithOurFootprint() {
        assertEquals(RendererLimit.MIN, RendererLimit.forMemory(256));
        assertEquals(RendererLimit.MAX, RendererLimit.forMemory(1 << 20));
        assertEquals(4096 / 2 / RendererLimit.RENDERER_FOOTPRINT_MB, RendererLimit.forMemory(4096));
    }
}
