package vn.congkhai.bake;

/** Another command held the commune's {@link SiteLock} for the whole wait: the message says which, and the fix. */
public final class SiteBusyException extends RuntimeException {

    public SiteBusyException(String message) {
        super(message);
    }
}
