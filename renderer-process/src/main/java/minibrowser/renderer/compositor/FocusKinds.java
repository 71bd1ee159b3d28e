package minibrowser.renderer.compositor;

import minibrowser.proto.FocusKind;
import minibrowser.renderer.engine.Focusables;

/** The engine's kinds of focusable element as the contract names them ({@link FocusKind}). */
public final class FocusKinds {
    private FocusKinds() {}

    /** The contract's name for {@code kind}; null (nothing focused) is UNSPECIFIED. */
    public static FocusKind toProto(Focusables.Kind kind) {
        if (kind == null) return FocusKind.FOCUS_KIND_UNSPECIFIED;
        return switch (kind) {
            case LINK -> FocusKind.FOCUS_KIND_LINK;
            case TEXT_FIELD -> FocusKind.FOCUS_KIND_TEXT_FIELD;
            case TEXT_AREA -> FocusKind.FOCUS_KIND_TEXT_AREA;
            case BUTTON -> FocusKind.FOCUS_KIND_BUTTON;
            case OTHER -> FocusKind.FOCUS_KIND_OTHER;
        };
    }
}
