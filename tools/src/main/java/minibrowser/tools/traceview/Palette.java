package minibrowser.tools.traceview;

import java.awt.Color;

/**
 * Every colour of the picture. Slices take a pale colour from a hash of their name, the
 * same name the same colour in every picture; all their channels stay above
 * {@link #SLICE_CHANNEL_FLOOR}, so black text reads on them and nothing saturated (the
 * flow arrows, the counters' lines) can be mistaken for a slice.
 */
final class Palette {
    static final Color BACKGROUND = Color.WHITE;
    static final Color LANE_STRIPE = new Color(246, 247, 250);
    static final Color GUTTER = new Color(236, 238, 242);
    static final Color PROCESS_HEADER = new Color(212, 220, 232);
    static final Color SEPARATOR = new Color(196, 200, 208);
    static final Color GRID = new Color(228, 229, 233);
    static final Color AXIS_BACKGROUND = new Color(250, 250, 251);
    static final Color TEXT = new Color(24, 24, 28);
    static final Color MUTED_TEXT = new Color(100, 104, 112);
    static final Color INSTANT = new Color(36, 36, 40);
    static final Color FLOW_ARROW = new Color(204, 0, 96);
    static final Color[] COUNTER_LINES = {
        new Color(28, 92, 204), new Color(0, 138, 72), new Color(200, 104, 0), new Color(120, 56, 168),
    };

    private static final float SLICE_SATURATION = 0.42f;
    private static final float SLICE_BRIGHTNESS = 0.93f;
    /** The lowest any channel of a slice colour goes: 0.93 * (1 - 0.42) of 255. */
    static final int SLICE_CHANNEL_FLOOR = 137;
    private static final int HUE_STEPS = 1 << 16;

    private Palette() {
    }

    /** The colour of every slice named {@code name}. */
    static Color sliceColor(String name) {
        int hash = name.hashCode() * 0x9E3779B1; // spread similar names apart
        float hue = ((hash >>> 16) & (HUE_STEPS - 1)) / (float) HUE_STEPS;
        return Color.getHSBColor(hue, SLICE_SATURATION, SLICE_BRIGHTNESS);
    }

    static Color counterLine(int series) {
        return COUNTER_LINES[series % COUNTER_LINES.length];
    }
}
