package vn.congkhai.bake;

import com.orientechnologies.common.log.OLogManager;

/**
 * Officers read the bake's own report, not library logs. SLF4J libraries are set in {@code simplelogger.properties},
 * POI's Log4j API in {@code log4j2.component.properties}; OrientDB (inside JBake) logs through its own manager, which
 * and its own logger namespace are told here to keep quiet; no other logging of the JVM is changed.
 */
public final class LibraryLogs {

    /** OrientDB's own logger namespace, held so that java.util.logging keeps its level. */
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
