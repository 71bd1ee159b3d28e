package minibrowser.plugin.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A value axis with "nice" tick marks: steps of 1, 2 or 5 times a power of ten,
 * from a multiple of the step at or below the lowest value to one at or above the
 * highest (the classic "nice numbers for graph labels" method).
 *
 * @param low the value at the bottom of the axis
 * @param high the value at the top, greater than {@code low}
 * @param step the distance between ticks
 */
record AxisScale(double low, double high, double step) {

    /** An axis covering [lowest, highest] with about {@code ticks} steps. */
    static AxisScale covering(double lowest, double highest, int ticks) {
        if (highest <= lowest) {
            highest = lowest + 1;
        }
        double step = niceStep((highest - lowest) / Math.max(1, ticks));
        return new AxisScale(Math.floor(lowest / step) * step, Math.ceil(highest / step) * step, step);
    }

    /** The tick values from low to high. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((high - low) / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(low + i * step);
        }
        return ticks;
    }

    /** Where {@code value} lies on the axis: 0 at low, 1 at high. */
    double fraction(double value) {
        return (value - low) / (high - low);
    }

    /** A tick value as text, with as many decimals as the step needs. */
    String format(double value) {
        if (Math.abs(value) >= 1e6 || (value != 0 && Math.abs(value) < 1e-3)) {
            return String.format(Locale.ROOT, "%.2g", value);
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)));
        return String.format(Locale.ROOT, "%." + decimals + "f", value + 0.0); // + 0.0 turns -0 into 0
    }

    private static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double residual = rough / magnitude;
        double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
