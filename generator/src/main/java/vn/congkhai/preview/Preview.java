package vn.congkhai.preview;

import vn.congkhai.bake.BakeReport;
import vn.congkhai.bake.Bakery;
import vn.congkhai.bake.ProgramFault;
import vn.congkhai.bake.SiteBusyException;
import vn.congkhai.bake.SiteLock;
import vn.congkhai.problem.ContentProblemsException;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps a preview site in step with its sources: {@link #refresh()} re-bakes when a source changed since the last
 * bake (told by the {@link SourceWatcher}, or where the system cannot tell, by comparing fingerprints), and remembers
 * what went wrong so that every page can show it until the officer fixes it.
 */
public final class Preview implements AutoCloseable {

    private final Path projectDir;
    private final Bakery bakery;
    private long bakedFingerprint;
    private boolean baked;
    private String failure;
    private int bakes;

    private final SourceWatcher watcher;

    public Preview(Path projectDir, Path siteDir) {
        this.projectDir = projectDir;
        this.bakery = new Bakery(projectDir, siteDir).remembering().showingDrafts().lockedAs(SiteLock.Task.PREVIEW,
                System.out::println);
        this.watcher = SourceWatcher.start(projectDir.toAbsolutePath().normalize());
    }

    /** Stops watching the sources. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        bakery.close();
    }

    /** How many times the preview has baked (or tried to). */
    public synchronized int bakes() {
        return bakes;
    }

    /** Whether the sources are watched by the system's file events (false: fingerprints are compared). */
    public boolean watching() {
        return watcher != null;
    }

    /**
     * Re-bakes if needed.
     *
     * @return what is wrong with the sources, in Vietnamese, or empty when the site is up to date
     */
    public synchronized Optional<String> refresh() {
        try {
            if (watcher != null) {
                boolean changed = watcher.takeChange();
                if (baked && !changed) {
                    return Optional.ofNullable(failure);
                }
            } else {
                long fingerprint = SourceFingerprint.of(projectDir);
                if (baked && fingerprint == bakedFingerprint) {
                    return Optional.ofNullable(failure);
                }
                bakedFingerprint = fingerprint;
            }
            baked = true;
            bakes++;
            BakeReport report = bakery.bake();
            System.out.println(report.summary());
            if (report.drafts() > 0) {
                System.out.println("Trang xem trước hiện cả " + report.drafts() + " bản nháp, có dải BẢN NHÁP ở đầu "
                        + "trang; trang đăng lên mạng (mvnw package) không có chúng.");
            }
            failure = null;
        } catch (ContentProblemsException e) {
            failure = e.problems().report();
            System.err.print(failure);
        } catch (SiteBusyException e) { // the site is another command's: the page says which, and to reload later
            failure = e.getMessage();
            System.err.println(failure);
            baked = false;
        } catch (Throwable e) { // anything at all: one line for the officer, the trace to the log
            failure = ProgramFault.record(projectDir, "xem trước", e);
            System.err.println(failure);
        }
        return Optional.ofNullable(failure);
    }
}
