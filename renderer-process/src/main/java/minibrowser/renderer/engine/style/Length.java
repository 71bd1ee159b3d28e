package minibrowser.renderer.engine.style;

/**
 * A computed length: pixels, a percentage of the containing block (resolved during
 * layout, when that block's size is known), or {@code auto}. Font-relative and
 * viewport-relative units have already been turned into pixels by the
 * {@link StyleComputer}.
 *
 * @param value pixels, or percent (50 means 50%); unused for {@code auto}
 * @param unit  what {@code value} counts
 */
public record Length(double value, Unit unit) {

    /** What a {@link Length} counts. */
    public enum Unit { PX, PERCENT, AUTO }

    /** The length {@code auto}. */
    public static final Length AUTO = new Length(0, Unit.AUTO);
    /** Zero pixels. */
    public static final Length ZERO = new Length(0, Unit.PX);

    /** A length in pixels. */
    public static Length px(double px) {
        return new Length(px, Unit.PX);
    }

    /** True for {@code auto}. */
    public boolean isAuto() {
        return unit == Unit.AUTO;
    }

    /** The length in pixels, percentages taken of {@code reference}; {@code auto} gives {@code ifAuto}. */
    public int resolve(int reference, int ifAuto) {
        return switch (unit) {
            case PX -> (int) Math.round(value);
            case PERCENT -> (int) Math.round(value * reference / 100.0);
            case AUTO -> ifAuto;
        };
    }

    @Override
    public String toString() {
        return switch (unit) {
            case PX -> value + "px";
            case PERCENT -> value + "%";
            case AUTO -> "auto";
        };
    }
}
