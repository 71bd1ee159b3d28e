package minibrowser.renderer;

import java.nio.ByteBuffer;
import java.util.Map;
import minibrowser.common.frame.CellGeometry;
import minibrowser.common.frame.CellGrid;
import minibrowser.renderer.compositor.Compositor;
import minibrowser.renderer.compositor.RasterPool;
import minibrowser.renderer.compositor.TileCache;
import minibrowser.renderer.compositor.TileContents;
import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.Page;
import minibrowser.renderer.engine.ResourceLoader;

/**
 * A new JVM pays twice before its first frame: once to start, and once more the first
 * time each piece of code runs (hundreds of classes of jsoup, the CSS parser, layout and
 * Java2D are loaded and linked; the bundled fonts are read). Chromium's spare renderer
 * hides the first cost from a new tab; this hides the second.
 *
 * <p>A spare renderer, once started, is asked to warm up (the browser's {@code WarmUp}
 * call): renderer-main renders this small built-in page through every stage (parse,
 * style, layout, paint) and the raster threads raster it for the device in use; the
 * result is thrown away. The spare counts as ready only then. A renderer started for a
 * tab does {@link #loadEngineCode} instead: its own page must not wait behind this one.
 */
final class WarmUp implements Runnable {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;

    /** A little of everything a real page uses, so its code is loaded; nothing fetched. */
    static final String PAGE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>warm-up</title>
            <style>
              body { font-family: sans-serif; margin: 8px; color: #222 }
              .note { background: rgb(240, 240, 255); border: 1px solid #99c; padding: 4px 8px }
              #side { float: right; width: 30%; } h1 + p { font-size: 1.1em }
              table td, th { border: 1px solid gray; padding: 2px } li:first-child { font-weight: bold }
              a:link { color: #00e } pre { white-space: pre; font-family: monospace }
              .flex { display: flex } .rel { position: relative; left: 2px } .abs { position: absolute }
            </style></head>
            <body>
            <div id="side" class="note">A sidebar</div>
            <h1>Warm-up</h1><p>Text with <b>bold</b>, <i>italic</i>, <code>code</code> and
            <a href="http://warm-up.invalid/">a link</a>. 한국어 문장. Русский. 日本語.</p>
            <ul><li>one</li><li>two</li></ul><ol type="i"><li>three</li></ol>
            <table cellpadding="2" border="1"><caption>A table</caption>
            <tr><th>a</th><th colspan="2">b</th></tr><tr><td rowspan="2">1</td><td>2</td><td>3</td></tr>
            <tr><td>4</td><td>5</td></tr></table>
            <pre>preformatted
              text</pre>
            <div class="flex"><span class="rel">flex</span><span>row</span></div>
            <center><font color="red" size="4" face="serif">old style</font></center>
            <img src="http://warm-up.invalid/missing.png" alt="an image" width="40" height="20">
            <form><input type="text" value="input"><button>Button</button></form>
            <hr><p style="text-align: center; line-height: 1.5">The end.</p>
            </body></html>
            """;

    private final Engine engine;
    private final RasterPool raster;
    private final boolean cells;

    WarmUp(Engine engine, RasterPool raster, boolean cells) {
        this.engine = engine;
        this.raster = raster;
        this.cells = cells;
    }

    /**
     * The quick version, for a renderer started for a tab: a one-line page through the
     * engine loads the classes every page needs while the renderer connects to the
     * browser, and takes too little time to hold the tab's own page back.
     */
    static void loadEngineCode(Engine engine) {
        engine.render("<!DOCTYPE html><title>warm-up</title><p>Text with <b>bold</b>", "about:warm-up", WIDTH, HEIGHT,
                ResourceLoader.none());
    }

    /** Renders and rasters {@link #PAGE} once; the output goes nowhere. */
    @Override
    public void run() {
        Page page = engine.render(PAGE, "about:warm-up", WIDTH, HEIGHT, ResourceLoader.none());
        TileCache<?> tiles = TileCache.forDevice(raster, cells);
        tiles.setContents(new TileContents(page.displayList(), Map.of()));
        if (cells) {
            int columns = CellGeometry.columnsIn(WIDTH);
            int rows = CellGeometry.rowsIn(HEIGHT);
            tiles.drawFrame(0, columns, rows, ByteBuffer.allocate((int) CellGrid.byteSize(columns, rows)));
        } else {
            tiles.drawFrame(0, WIDTH, HEIGHT, ByteBuffer.allocate(WIDTH * HEIGHT * 4));
        }
    }
}
