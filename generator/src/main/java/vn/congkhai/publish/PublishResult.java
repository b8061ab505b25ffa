package vn.congkhai.publish;

import java.util.List;

/**
 * What a publish did.
 *
 * @param release     the release now live
 * @param previous    the release live before, or null on the first publish
 * @param filesSent   files uploaded
 * @param bytesSent   their bytes
 * @param filesReused files of the previous release linked into the new one on the server, not sent
 * @param removed     old releases removed to keep the number asked for
 * @param added       the files of the new release that the one live before did not have (all on the first publish)
 */
public record PublishResult(String release, String previous, int filesSent, long bytesSent, int filesReused,
                            List<String> removed, List<String> added) {
}
