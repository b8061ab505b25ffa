package vn.congkhai.bake;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** OrientDB (inside JBake) logs through java.util.logging; officers only need the bake's own messages. */
public final class LibraryLogs {

    private LibraryLogs() {
    }

    public static void quiet() {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }
}
