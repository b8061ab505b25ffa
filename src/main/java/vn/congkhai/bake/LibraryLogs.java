package vn.congkhai.bake;

import com.orientechnologies.common.log.OLogManager;

/**
 * Officers read the bake's own report, not library logs. SLF4J libraries are set in {@code simplelogger.properties},
 * POI's Log4j API in {@code log4j2.component.properties}; OrientDB (inside JBake) logs through its own manager, which
 * is told here to keep quiet. Nothing of the JVM's logging (java.util.logging) is changed.
 */
public final class LibraryLogs {

    private LibraryLogs() {
    }

    public static void quiet() {
        OLogManager log = OLogManager.instance();
        log.setDebugEnabled(false);
        log.setInfoEnabled(false);
        log.setWarnEnabled(false);
    }
}
