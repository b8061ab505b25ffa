package vn.congkhai.publish;

/**
 * Why a publish (or a rollback) did not happen, in Vietnamese for the officer, with what to do. The live site is
 * never changed when this is thrown.
 */
public final class PublishException extends Exception {

    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
