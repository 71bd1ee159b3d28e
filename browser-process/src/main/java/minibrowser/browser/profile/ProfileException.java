package minibrowser.browser.profile;

/** A profile that cannot be used, with the reason in words (the browser then runs on a temporary one). */
public final class ProfileException extends Exception {
    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
