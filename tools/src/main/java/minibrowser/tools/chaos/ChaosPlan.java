package minibrowser.tools.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import minibrowser.proto.TabInfo;

/**
 * Which fault comes next, drawn from a {@link Random} seeded once per run. Only
 * faults whose target exists now are drawn (no plugin process, no plugin fault), so
 * the same seed gives the same faults as long as the browser ends up with the same
 * processes; timing can still differ from run to run.
 */
final class ChaosPlan {
    /** Pages that end a renderer, and the hang pages. */
    static final List<String> RENDERER_DEBUG_PAGES =
            List.of("about:crash", "about:kill", "about:badipc", "about:memory-exhaust", "about:stackoverflow", "about:exit");
    static final List<String> HANG_DEBUG_PAGES = List.of("about:hang", "about:shorthang", "about:deadlock");
    static final List<String> GPU_DEBUG_PAGES = List.of("about:gpucrash", "about:gpuhang");
    /** A stopped process is resumed after 0.5 to 3 seconds: sometimes longer than the hang timeout, sometimes not. */
    static final int MIN_STOP_MILLIS = 500;
    static final int MAX_STOP_MILLIS = 3_000;

    private final Random random;
    private final ChaosPages pages;

    ChaosPlan(long seed, ChaosPages pages) {
        this.random = new Random(seed);
        this.pages = pages;
    }

    /** The random source of this run, for choices made while recovering (which page to go back to). */
    Random random() {
        return random;
    }

    /**
     * The next fault, given the tabs there are now and the pids of the gpu and plugin
     * processes (0 when there is none, or it is threads of the browser).
     */
    Fault next(List<TabInfo> tabs, long gpu, long plugin) {
        List<TabInfo> withRenderer = tabs.stream().filter(t -> t.getRendererPid() != 0).collect(Collectors.toList());
        List<FaultKind> possible = new ArrayList<>();
        for (FaultKind kind : FaultKind.values()) {
            boolean there = switch (kind.target()) {
                case TAB -> !tabs.isEmpty();
                case RENDERER -> !withRenderer.isEmpty();
                case GPU -> gpu != 0;
                case PLUGIN -> plugin != 0;
            };
            if (there) possible.add(kind);
        }
        FaultKind kind = draw(possible);
        TabInfo tab = tabs.get(random.nextInt(tabs.size()));
        switch (kind) {
            case KILL_RENDERER:
            case STOP_RENDERER: {
                TabInfo victim = withRenderer.get(random.nextInt(withRenderer.size()));
                List<Integer> hit = tabs.stream().filter(t -> t.getRendererPid() == victim.getRendererPid())
                        .map(TabInfo::getId).collect(Collectors.toList());
                return new Fault(kind, hit, victim.getRendererPid(), "", stopMillis(kind));
            }
            case KILL_GPU:
            case STOP_GPU:
                return new Fault(kind, List.of(), gpu, "", stopMillis(kind));
            case KILL_PLUGIN:
            case STOP_PLUGIN:
                return new Fault(kind, List.of(), plugin, "", stopMillis(kind));
            case RENDERER_DEBUG_PAGE: return opens(kind, tab, pick(RENDERER_DEBUG_PAGES));
            case HANG_DEBUG_PAGE: return opens(kind, tab, pick(HANG_DEBUG_PAGES));
            case GPU_DEBUG_PAGE: return opens(kind, tab, pick(GPU_DEBUG_PAGES));
            case PLUGIN_DEBUG_PAGE: return opens(kind, tab, "about:plugincrash");
            case NAVIGATE: return opens(kind, tab, pages.anyPage(random));
            case RELOAD: return new Fault(kind, List.of(tab.getId()), 0, "", 0);
            default: throw new IllegalStateException("no plan for " + kind);
        }
    }

    /** A kind, each with the chance its weight gives it among {@code possible}. */
    private FaultKind draw(List<FaultKind> possible) {
        int total = possible.stream().mapToInt(FaultKind::weight).sum();
        int ticket = random.nextInt(total);
        for (FaultKind kind : possible) {
            ticket -= kind.weight();
            if (ticket < 0) return kind;
        }
        throw new IllegalStateException("unreachable");
    }

    private Fault opens(FaultKind kind, TabInfo tab, String url) {
        return new Fault(kind, List.of(tab.getId()), 0, url, 0);
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private int stopMillis(FaultKind kind) {
        boolean stop = kind == FaultKind.STOP_RENDERER || kind == FaultKind.STOP_GPU || kind == FaultKind.STOP_PLUGIN;
        return stop ? MIN_STOP_MILLIS + random.nextInt(MAX_STOP_MILLIS - MIN_STOP_MILLIS + 1) : 0;
    }

}
