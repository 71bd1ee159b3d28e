package minibrowser.common;

/**
 * Exact arithmetic where a child's numbers meet a limit. A check written as
 * {@code offset + length > size} wraps around when a hostile child picks
 * {@code offset} near {@code Long.MAX_VALUE}, and {@code 4L * width * height}
 * wraps for sides near {@code Integer.MAX_VALUE}; these never do. Every bounds
 * check on a number a less trusted process chose goes through here.
 */
public final class Bounds {
    /** What {@link #bytes} answers when the size is negative or does not fit a long. */
    public static final long TOO_LARGE = Long.MAX_VALUE;

    private Bounds() {}

    /**
     * Whether {@code length} bytes from {@code offset} lie inside {@code 0 .. size}:
     * {@code offset <= size - length} cannot overflow once all three are non-negative.
     */
    public static boolean fitsWithin(long offset, long length, long size) {
        return offset >= 0 && length >= 0 && size >= 0 && offset <= size - length;
    }

    /**
     * {@code width * height * bytesPerItem}, or {@link #TOO_LARGE} when a factor is
     * negative or the product overflows: a size no limit admits.
     */
    public static long bytes(long width, long height, long bytesPerItem) {
        if (width < 0 || height < 0 || bytesPerItem < 0) return TOO_LARGE;
        try {
            return Math.multiplyExact(Math.multiplyExact(width, height), bytesPerItem);
        } catch (ArithmeticException overflow) {
            return TOO_LARGE;
        }
    }

    /** {@code a + b} for non-negative sizes, or {@link #TOO_LARGE} when it overflows (or one is negative). */
    public static long sum(long a, long b) {
        if (a < 0 || b < 0 || a > Long.MAX_VALUE - b) return TOO_LARGE;
        return a + b;
    }
}
