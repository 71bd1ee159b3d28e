package minibrowser.tools.traceview;

import java.util.Map;

/**
 * One trace event as it stood in the file, before any meaning is given to it: the reader
 * fills in what it found and leaves the rest "missing" ({@link #MISSING_ID} for ids,
 * {@code NaN} for times, {@code null} for text). Deciding which events are usable is the
 * model builder's job, not the reader's.
 *
 * @param phase    {@code ph}: B, E, X, i (also for I), C, M, or another letter to ignore; 0 if absent
 * @param name     {@code name}, or null
 * @param category {@code cat}, or null
 * @param pid      {@code pid}, or {@link #MISSING_ID}
 * @param tid      {@code tid}, or {@link #MISSING_ID}
 * @param tsUs     {@code ts} in microseconds, or NaN
 * @param durUs    {@code dur} in microseconds (X only), or NaN
 * @param bindId   {@code bind_id} normalized by {@link #normalizeBindId}, or null
 * @param flowOut  {@code flow_out}: this slice starts a flow arrow
 * @param flowIn   {@code flow_in}: this slice ends one
 * @param args     {@code args}, flattened: numbers as Double, text as String, booleans as
 *                 Boolean, an array of plain values as one comma-separated String
 */
public record RawEvent(char phase, String name, String category, long pid, long tid, double tsUs, double durUs,
                       String bindId, boolean flowOut, boolean flowIn, Map<String, Object> args) {

    /** The value of an id the file did not give (or gave as something other than an integer). */
    public static final long MISSING_ID = Long.MIN_VALUE;

    private static final String HEX_PREFIX = "0x";

    /**
     * The key two ends of one flow share. A hex string ({@code "0x1A2b"}) and the number of
     * the same value ({@code 6699}) give the same key ({@code "1a2b"}); any other text is its
     * own key.
     */
    public static String normalizeBindId(String text, boolean wasNumber) {
        String trimmed = text.trim();
        try {
            if (wasNumber) return Long.toHexString((long) Double.parseDouble(trimmed));
            if (trimmed.regionMatches(true, 0, HEX_PREFIX, 0, HEX_PREFIX.length())) {
                return Long.toHexString(Long.parseUnsignedLong(trimmed.substring(HEX_PREFIX.length()), 16));
            }
        } catch (NumberFormatException notANumber) {
            // fall through: the text is its own key
        }
        return trimmed;
    }

    /** This event without its args, for keeping many of them around cheaply. */
    RawEvent withoutArgs() {
        return args.isEmpty() ? this : new RawEvent(phase, name, category, pid, tid, tsUs, durUs, bindId, flowOut, flowIn,
                Map.of());
    }
}
