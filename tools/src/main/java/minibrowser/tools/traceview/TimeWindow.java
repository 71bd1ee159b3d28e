package minibrowser.tools.traceview;

/**
 * The stretch of time a picture shows, {@code fromUs} to {@code toUs} (absolute
 * microseconds, as in the trace), and the origin the user's milliseconds count from (the
 * trace's first event). {@code --from}/{@code --to} are milliseconds after that origin;
 * either one left out means the start or end of the trace.
 */
public record TimeWindow(double originUs, double fromUs, double toUs) {
    private static final double US_PER_MS = 1000;
    /** The span of a trace whose events all fall on one microsecond, so it still has a width. */
    private static final double SPAN_OF_A_MOMENT_US = 1000;

    public TimeWindow {
        if (!(toUs > fromUs)) throw new IllegalArgumentException("the window must end after it starts");
    }

    /**
     * The window for {@code model} from {@code fromMs} to {@code toMs} (null: the trace's
     * start or end); fails with a message for the user when it would end before it starts.
     */
    public static TimeWindow of(TraceModel model, Double fromMs, Double toMs) {
        double origin = model.originUs();
        double traceEnd = Math.max(model.endUs(), origin + SPAN_OF_A_MOMENT_US);
        double from = fromMs == null ? origin : origin + fromMs * US_PER_MS;
        double to = toMs == null ? traceEnd : origin + toMs * US_PER_MS;
        if (!(to > from)) {
            throw new IllegalArgumentException(String.format("the view would end (%s ms) before it starts (%s ms); the"
                    + " trace runs from 0 ms to %s ms", TimeAxis.formatMs((to - origin) / US_PER_MS),
                    TimeAxis.formatMs((from - origin) / US_PER_MS), TimeAxis.formatMs((traceEnd - origin) / US_PER_MS)));
        }
        return new TimeWindow(origin, from, to);
    }

    public double spanUs() {
        return toUs - fromUs;
    }

    /** Milliseconds after the origin. */
    public double relativeMs(double us) {
        return (us - originUs) / US_PER_MS;
    }

    /** The absolute time {@code ms} milliseconds after the origin. */
    public double absoluteUs(double ms) {
        return originUs + ms * US_PER_MS;
    }

    /**
     * Whether something running from {@code startUs} to {@code endUs} shows at all: it must
     * run for a while inside the window (one that only touches an edge does not), or, if it
     * takes no time, fall within it.
     */
    public boolean overlaps(double startUs, double endUs) {
        return startUs == endUs ? contains(startUs) : endUs > fromUs && startUs < toUs;
    }

    public boolean contains(double us) {
        return us >= fromUs && us <= toUs;
    }
}
