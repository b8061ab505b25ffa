package vn.congkhai.publish;

import vn.congkhai.history.GitHistory;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A release's name: when it was published (Vietnam time) and which content it holds, e.g.
 * {@code 20241220-101500-3f2a9c1}: the commit of the commune's repository, or the start of the sources' digest
 * when the commune is not in git. Names sort in publishing order.
 */
public final class ReleaseName {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ReleaseName() {
    }

    public static String of(ZonedDateTime when, String revision) {
        return STAMP.format(when) + "-" + revision;
    }

    /** The commune's content revision: its git commit (7 hex digits), or the first 7 of {@code sourcesDigest}. */
    public static String revision(Path project, String sourcesDigest) {
        return GitHistory.head(project).map(head -> head.substring(0, 7)).orElse(sourcesDigest.substring(0, 7));
    }
}
