package minibrowser.tools.traceview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the ticks of the time axis go and what they say. The step between ticks is a
 * "round" number of milliseconds (1, 2 or 5 times a power of ten) chosen so that ticks
 * are at least {@link #MIN_TICK_SPACING_PX} apart; ticks fall on multiples of the step
 * counted from the origin, so "0 ms" is always the trace's first event. It also says how
 * times and counter values are written wherever the tool prints them.
 */
final class TimeAxis {
    static final int MIN_TICK_SPACING_PX = 90;
    private static final double[] ROUND_MULTIPLES = {1, 2, 5, 10};
    /** Milliseconds are printed to the nanosecond at most; a trace's times are microseconds with fractions. */
    private static final int MS_DECIMALS = 6;
    private static final int VALUE_DECIMALS = 3;
    private static final String UNIT = " ms";

    /** One tick: its absolute time and its label. */
    record Tick(double us, String label) {
    }

    private TimeAxis() {
    }

    /** The ticks of {@code window} drawn at {@code pxPerUs}, in time order. */
    static List<Tick> ticks(TimeWindow window, double pxPerUs) {
        double stepMs = roundStep(MIN_TICK_SPACING_PX / pxPerUs / 1000);
        long first = (long) Math.ceil(window.relativeMs(window.fromUs()) / stepMs);
        long last = (long) Math.floor(window.relativeMs(window.toUs()) / stepMs);
        List<Tick> ticks = new ArrayList<>();
        for (long k = first; k <= last; k++) {
            double ms = k * stepMs;
            ticks.add(new Tick(window.absoluteUs(ms), formatMs(ms) + UNIT));
        }
        return ticks;
    }

    /** The smallest round number of milliseconds at least {@code atLeastMs}. */
    static double roundStep(double atLeastMs) {
        double power = Math.pow(10, Math.floor(Math.log10(atLeastMs)));
        for (double multiple : ROUND_MULTIPLES) {
            if (multiple * power >= atLeastMs) return multiple * power;
        }
        return ROUND_MULTIPLES[ROUND_MULTIPLES.length - 1] * power;
    }

    /** 1500 as "1500", 0.30000000004 as "0.3", -0.0 as "0". */
    static String formatMs(double ms) {
        return BigDecimal.valueOf(ms).setScale(MS_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A counter's value for a label: at most {@link #VALUE_DECIMALS} decimals, none when whole. */
    static String formatNumber(double value) {
        return BigDecimal.valueOf(value).setScale(VALUE_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
