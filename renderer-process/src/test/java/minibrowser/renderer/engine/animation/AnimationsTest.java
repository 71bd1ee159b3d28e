package minibrowser.renderer.engine.animation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.Page;
import minibrowser.renderer.engine.ResourceLoader;
import minibrowser.renderer.engine.TestDevice;
import minibrowser.renderer.engine.paint.DisplayItem;
import minibrowser.renderer.engine.paint.FillRect;
import minibrowser.renderer.engine.style.CssParser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Keyframes, timing, interpolation, and which element runs its animation where (compositor layer or main). */
class AnimationsTest {
    private static final long MS = 1_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final Engine engine = new Engine(new TestDevice(), now::get);

    private Page render(Document document) {
        return engine.render(document, "http://a.test/", 800, 600, ResourceLoader.none(), Map.of());
    }

    private Document parse(String html) {
        return engine.parse(html, "http://a.test/");
    }

    /** The x of the first fill of colour {@code argb} in the page's display list, or -1. */
    private static int fillX(List<DisplayItem> items, int argb) {
        for (DisplayItem item : items) {
            if (item instanceof FillRect f && f.argb() == argb) return f.rect().x();
        }
        return -1;
    }

    @Test
    void keyframesAreParsedWithTheirOffsetsInOrder() {
        CssParser.Result sheet = new CssParser().parseSheet(
                "@keyframes slide { to { left: 100px } from { left: 0 } 50% { left: 80px; color: red } }");
        Keyframes k = sheet.keyframes().get(0);
        assertEquals("slide", k.name());
        assertEquals(List.of(0.0, 0.5, 1.0), k.frames().stream().map(Keyframes.Keyframe::offset).toList());
        assertEquals("80px", k.frames().get(1).values().get("left"));
        assertFalse(k.compositorOnly());
        assertEquals("40.000px", k.valueAt("left", 0.25, "0px"));
    }

    @Test
    void theAnimationShorthandFillsEveryLonghand() {
        Map<String, String> longhands = AnimationDeclarations.expandAnimation("spin 2s ease-in 500ms infinite alternate both");
        assertEquals("spin", longhands.get("animation-name"));
        assertEquals("2s", longhands.get("animation-duration"));
        assertEquals("500ms", longhands.get("animation-delay"));
        assertEquals("infinite", longhands.get("animation-iteration-count"));
        AnimationTiming t = AnimationDeclarations.animations(longhands).get(0).timing();
        assertEquals(AnimationTiming.Direction.ALTERNATE, t.direction());
        assertEquals(AnimationTiming.Fill.BOTH, t.fill());
        assertEquals(TimingFunction.EASE_IN, t.easing());
        assertTrue(Double.isInfinite(t.iterations()));
    }

    @Test
    void timingFollowsDelayIterationsDirectionAndFill() {
        AnimationTiming t = new AnimationTiming(100 * MS, 1000 * MS, 2, AnimationTiming.Direction.ALTERNATE,
                AnimationTiming.Fill.NONE, TimingFunction.LINEAR);
        assertTrue(t.progressAt(50 * MS).isEmpty(), "in its delay, without backwards fill");
        assertEquals(0.25, t.progressAt(350 * MS).getAsDouble(), 1e-9);
        assertEquals(0.75, t.progressAt(1350 * MS).getAsDouble(), 1e-9, "the second iteration runs backwards");
        assertTrue(t.progressAt(2200 * MS).isEmpty(), "ended, without forwards fill");
        assertTrue(t.endedAt(2100 * MS));
        assertEquals(0.5, TimingFunction.EASE_IN_OUT.at(0.5), 1e-6);
        assertTrue(TimingFunction.EASE_IN.at(0.25) < 0.25, "ease-in starts slowly");
    }

    @Test
    void valuesInterpolateByKind() {
        assertEquals("#808080", Interpolation.between("color", "#000000", "#ffffff", 0.5).substring(0, 7));
        assertEquals("15.000%", Interpolation.between("width", "10%", "20%", 0.5));
        assertEquals("block", Interpolation.between("display", "block", "none", 0.4), "discrete before the midpoint");
        Transform t = Transform.parse(Interpolation.between("transform", "translateX(0)", "translate(40px, 10%)", 0.5));
        assertEquals(new Transform(20, 0, 0, 5, 1, 1), t);
        assertEquals(new Transform(10, 0, 0, 0, 1, 1), new Transform(0, 0, 50, 0, 1, 1).resolve(20, 10));
        assertNull(Transform.parse("rotate(45deg)"));
    }

    @Test
    void aTransformAnimationGetsALayerAndNoWorkOnMain() {
        Document d = parse("<style>@keyframes s { from { transform: translateX(0) } to { transform: translateX(100px) } }"
                + "#a { width: 50px; height: 20px; background: #0000ff; animation: s 1s linear infinite }</style>"
                + "<div id=a></div><div style='background:#00ff00;height:10px'></div>");
        Page page = render(d);
        assertEquals(1, page.layers().size(), "the animated element is on a layer");
        assertFalse(page.mainThreadAnimating(), "nothing for main to do");
        assertEquals(-1, fillX(page.displayList().items(), 0xFF0000FF), "the layer's box is not in the page's list");
        CompositedLayer layer = page.layers().get(0);
        assertTrue(fillX(layer.displayList().items(), 0xFF0000FF) >= 0, "it is in the layer's own list");
        assertEquals(25, layer.transformAt(now.get() + 250 * MS).tx(), 1e-6, "a quarter of the way at a quarter second");
        assertTrue(page.compositorAnimatingAt(now.get() + 60_000 * MS), "infinite: it animates on");
    }

    @Test
    void aMarginAnimationRunsOnMainAtTheRenderTime() {
        Document d = parse("<style>@keyframes m { from { margin-left: 0 } to { margin-left: 200px } }"
                + "#a { width: 50px; height: 20px; background: #ff0000; animation: m 2s linear }</style><div id=a></div>");
        Page first = render(d);
        assertTrue(first.layers().isEmpty(), "no layer: main runs it");
        assertTrue(first.mainThreadAnimating());
        int x0 = fillX(first.displayList().items(), 0xFFFF0000);
        now.addAndGet(1000 * MS);
        Page half = render(d);
        assertEquals(x0 + 100, fillX(half.displayList().items(), 0xFFFF0000), "half way after a second");
        now.addAndGet(5000 * MS);
        Page done = render(d);
        assertEquals(x0, fillX(done.displayList().items(), 0xFFFF0000), "ended without fill: back to its own margin");
        assertFalse(done.mainThreadAnimating(), "ended: main needs no more frames");
    }

    @Test
    void aChangedValueStartsATransitionOnTheSameDocument() {
        Document d = parse("<style>#a { width: 50px; height: 20px; background: #ff0000; margin-left: 0;"
                + " transition: margin-left 1s linear } #a.moved { margin-left: 100px }"
                + "#b { width: 50px; height: 20px; background: #0000ff; transition: opacity 1s }"
                + "#b.faded { opacity: 0 }</style><div id=a></div><div id=b></div>");
        Page before = render(d);
        int x0 = fillX(before.displayList().items(), 0xFFFF0000);
        d.getElementById("a").addClass("moved");
        d.getElementById("b").addClass("faded");
        Page started = render(d);
        assertEquals(x0, fillX(started.displayList().items(), 0xFFFF0000), "starts where it was");
        assertTrue(started.mainThreadAnimating());
        assertEquals(1, started.layers().size(), "the opacity transition runs on the compositor");
        now.addAndGet(500 * MS);
        assertEquals(x0 + 50, fillX(render(d).displayList().items(), 0xFFFF0000));
    }

    @Test
    void aStaticTransformMovesTheBoxAndOpacityFadesIt() {
        Page page = render(parse("<div style='width:50px;height:20px;background:#0000ff;transform:translateX(20px)'></div>"
                + "<div style='width:50px;height:20px;background:#ff0000;opacity:.5'></div>"));
        assertEquals(8 + 20, fillX(page.displayList().items(), 0xFF0000FF), "body margin 8 plus 20");
        assertTrue(fillX(page.displayList().items(), 0x80FF0000) >= 0, "half the alpha");
        assertTrue(page.layers().isEmpty());
    }

    @Test
    void theSameHtmlParsedAgainStartsItsAnimationsAfresh() {
        String html = "<style>@keyframes m { to { margin-left: 200px } } #a { height: 5px; background: #ff0000;"
                + " animation: m 2s linear }</style><div id=a></div>";
        Page a = render(parse(html));
        now.addAndGet(1000 * MS);
        Page b = render(parse(html));
        assertEquals(fillX(a.displayList().items(), 0xFFFF0000), fillX(b.displayList().items(), 0xFFFF0000));
        assertNotNull(b);
    }
}
