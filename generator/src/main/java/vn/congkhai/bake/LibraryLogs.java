package vn.congkhai.bake;

import com.orientechnologies.common.log.OLogManager;

/**
 * Officers read the bake's report, not library logs: SLF4J is set in {@code simplelogger.properties}, POI's Log4j in
 * {@code log4j2.component.properties}, and OrientDB, which logs through its own manager, here.
 */
public final class LibraryLogs {

    /** Held, so that java.util.logging keeps its level. */
    private static final java.util.logging.Logger ORIENTDB = java.util.logging.Logger.getLogger("com.orientechnologies");

    private LibraryLogs() {
    }

    public static void quiet() {
        OLogManager log = OLogManager.instance();
        log.setDebugEnabled(false);
        log.setInfoEnabled(false);
        log.setWarnEnabled(false);
        ORIENTDB.setLevel(java.util.logging.Level.OFF);
    }
}
