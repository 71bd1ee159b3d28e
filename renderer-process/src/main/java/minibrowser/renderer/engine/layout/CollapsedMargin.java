package minibrowser.renderer.engine.layout;

/**
 * Adjoining vertical margins that collapse into one (CSS 2.1 section 8.3.1): the
 * result is the largest positive margin plus the most negative one.
 *
 * @param positive the largest positive margin so far (0 if none)
 * @param negative the most negative margin so far (0 if none)
 */
record CollapsedMargin(int positive, int negative) {

    /** No margin yet. */
    static final CollapsedMargin NONE = new CollapsedMargin(0, 0);

    /** This collapsed margin with one more margin adjoining. */
    CollapsedMargin plus(int margin) {
        return new CollapsedMargin(Math.max(positive, margin), Math.min(negative, margin));
    }

    /** The size of the collapsed margin. */
    int resolve() {
        return positive + negative;
    }
}
