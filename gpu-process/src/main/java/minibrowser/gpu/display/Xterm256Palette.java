package minibrowser.gpu.display;

/**
 * The xterm 256-colour palette, for terminals without truecolor: which of its
 * colours is nearest to an RGB colour.
 *
 * <p>Only indexes 16..255 are used: a 6x6x6 colour cube (16..231, channel levels
 * 0, 95, 135, 175, 215, 255) and a ramp of 24 greys (232..255, 8 to 238 in steps
 * of 10). Indexes 0..15 are left out because terminal themes redefine them.
 */
final class Xterm256Palette {

    private static final int[] CUBE_LEVELS = {0, 95, 135, 175, 215, 255};
    private static final int CUBE_START = 16;
    private static final int GREY_START = 232;
    private static final int GREY_STEPS = 24;

    private Xterm256Palette() {
    }

    /** The palette index (16..255) whose colour is nearest to {@code rgb} (0xRRGGBB). */
    static int nearestIndex(int rgb) {
        int red = (rgb >> 16) & 0xFF;
        int green = (rgb >> 8) & 0xFF;
        int blue = rgb & 0xFF;

        int r = nearestLevel(red);
        int g = nearestLevel(green);
        int b = nearestLevel(blue);
        int cubeIndex = CUBE_START + 36 * r + 6 * g + b;
        int cubeDistance = distance(red, green, blue, CUBE_LEVELS[r], CUBE_LEVELS[g], CUBE_LEVELS[b]);

        int step = Math.max(0, Math.min(GREY_STEPS - 1, Math.round(((red + green + blue) / 3f - 8) / 10f)));
        int grey = 8 + 10 * step;
        int greyDistance = distance(red, green, blue, grey, grey, grey);

        return greyDistance < cubeDistance ? GREY_START + step : cubeIndex;
    }

    /** The colour 0xRRGGBB of a palette index 16..255. */
    static int colorOf(int index) {
        if (index < CUBE_START || index > 255) {
            throw new IllegalArgumentException("not a cube or grey index: " + index);
        }
        if (index >= GREY_START) {
            int grey = 8 + 10 * (index - GREY_START);
            return grey << 16 | grey << 8 | grey;
        }
        int cube = index - CUBE_START;
        return CUBE_LEVELS[cube / 36] << 16 | CUBE_LEVELS[cube / 6 % 6] << 8 | CUBE_LEVELS[cube % 6];
    }

    /** The index of the cube level nearest to a channel value. */
    private static int nearestLevel(int value) {
        int best = 0;
        for (int i = 1; i < CUBE_LEVELS.length; i++) {
            if (Math.abs(CUBE_LEVELS[i] - value) < Math.abs(CUBE_LEVELS[best] - value)) {
                best = i;
            }
        }
        return best;
    }

    private static int distance(int r1, int g1, int b1, int r2, int g2, int b2) {
        int dr = r1 - r2;
        int dg = g1 - g2;
        int db = b1 - b2;
        return dr * dr + dg * dg + db * db;
    }
}
