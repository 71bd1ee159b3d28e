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
import minibrowser.renderer.script.DetachedScriptHost;
import minibrowser.renderer.script.DocumentScripts;
import org.jsoup.nodes.Document;

/**
 * A new JVM pays twice before its first frame: once to start, and once more the first
 * time each piece of code runs (hundreds of classes of jsoup, the CSS parser, layout and
 * Java2D are loaded and linked; the bundled fonts are read). Chromium's spare renderer
 * hides the first cost from a new tab; this hides the second.
 *
 * <p>A spare renderer, once started, is asked to warm up (the browser's {@code WarmUp}
 * call): renderer-main renders this small built-in page through every stage (parse,
 * style, layout, paint) and the raster threads raster it for the device in use; the
 * result is thrown away. Then it runs {@link #SCRIPT_PAGE}, a tiny page with script,
 * through {@link DocumentScripts} ({@link #runScripts}): the script engine's classes are
 * loaded and its interpreter's paths run once, so the first page with script that the
 * spare gets does not pay for them. The spare counts as ready only then. A renderer
 * started for a tab does {@link #loadEngineCode} instead: its own page must not wait
 * behind this one, and it loads no script engine unless its page has script.
 * ({@code ./minibrowser bench scripts} measures what the script part costs.)
 */
public final class WarmUp implements Runnable {
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

    /** A little of what scripted pages do: DOM changes, listeners and a click, a timer, a promise, JSON, styles. */
    static final String SCRIPT_PAGE = """
            <!DOCTYPE html><title>warm-up</title><body><ul id="list"></ul><button id="go">go</button>
            <script>
              var list = document.getElementById('list'), clicks = 0;
              for (var i = 0; i < 20; i++) {
                var li = document.createElement('li');
                li.textContent = 'item ' + i; li.className = 'row'; li.dataset.n = i;
                list.appendChild(li);
              }
              document.querySelectorAll('li.row')[1].classList.add('odd');
              list.firstElementChild && list.removeChild(list.firstElementChild);
              document.getElementById('go').addEventListener('click', function (e) {
                clicks++; e.target.style.color = 'red'; list.innerHTML += '<li>clicked ' + clicks + '</li>';
              });
              Promise.resolve(JSON.parse(JSON.stringify({ a: [1, 2, 3] }))).then(function (v) { document.title = String(v.a.length); });
              setTimeout(function () { list.lastChild.textContent = 'timer'; }, 0);
              document.addEventListener('DOMContentLoaded', function () { console.log('warm'); });
            </script>
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
    public static void loadEngineCode(Engine engine) {
        engine.render("<!DOCTYPE html><title>warm-up</title><p>Text with <b>bold</b>", "about:warm-up", WIDTH, HEIGHT,
                ResourceLoader.none());
    }

    /**
     * Runs {@link #SCRIPT_PAGE} with its scripts (and a click) on the calling thread, as
     * renderer-main runs a page's; the page goes nowhere. Public for {@code bench scripts}.
     */
    public static void runScripts(Engine engine) {
        Document dom = engine.parse(SCRIPT_PAGE, "http://warm-up.invalid/");
        DetachedScriptHost host = new DetachedScriptHost(WIDTH, HEIGHT,
                () -> engine.render(dom, dom.location(), WIDTH, HEIGHT, ResourceLoader.none(), Map.of()));
        DocumentScripts scripts = new DocumentScripts(dom, "http://warm-up.invalid/", host);
        scripts.start(() -> {});
        scripts.pageLoaded();
        host.runUntilIdle(5, 500);
        scripts.click(dom.getElementById("go"));
        host.runUntilIdle(5, 500);
        scripts.close();
    }

    /** Renders and rasters {@link #PAGE} once, then runs {@link #SCRIPT_PAGE}; the output goes nowhere. */
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
        runScripts(engine);
    }
}
