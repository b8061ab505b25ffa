package vn.congkhai.province;

import java.util.List;

/** The province's site cannot be baked at all (its site stays as it was): the message says why and the fix. */
public final class ProvinceException extends Exception {

    private final List<UnreadableCommuneException> unreadable;

    public ProvinceException(String message) {
        this(message, List.of());
    }

    /** @param unreadable the communes that could not be read, each with why, to show before this message */
    public ProvinceException(String message, List<UnreadableCommuneException> unreadable) {
        super(message);
        this.unreadable = List.copyOf(unreadable);
    }

    public List<UnreadableCommuneException> unreadable() {
        return unreadable;
    }
}
