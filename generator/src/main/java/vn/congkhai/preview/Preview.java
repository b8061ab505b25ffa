package vn.congkhai.preview;

import vn.congkhai.bake.BakeReport;
import vn.congkhai.bake.Bakery;
import vn.congkhai.bake.ProgramFault;
import vn.congkhai.problem.ContentProblemsException;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps a preview site in step with its sources: {@link #refresh()} re-bakes when a source changed since the last
 * bake, and remembers what went wrong so that every page can show it until the officer fixes it.
 */
public final class Preview {

    private final Path projectDir;
    private final Bakery bakery;
    private long bakedFingerprint;
    private boolean baked;
    private String failure;

    public Preview(Path projectDir, Path siteDir) {
        this.projectDir = projectDir;
        this.bakery = new Bakery(projectDir, siteDir);
    }

    /**
     * Re-bakes if needed.
     *
     * @return what is wrong with the sources, in Vietnamese, or empty when the site is up to date
     */
    public synchronized Optional<String> refresh() {
        try {
            long fingerprint = SourceFingerprint.of(projectDir);
            if (baked && fingerprint == bakedFingerprint) {
                return Optional.ofNullable(failure);
            }
            bakedFingerprint = fingerprint;
            baked = true;
            BakeReport report = bakery.bake();
            System.out.println(report.summary());
            failure = null;
        } catch (ContentProblemsException e) {
            failure = e.problems().report();
            System.err.print(failure);
        } catch (Throwable e) { // anything at all: one line for the officer, the trace to the log
            failure = ProgramFault.record(projectDir, "xem trước", e);
            System.err.println(failure);
        }
        return Optional.ofNullable(failure);
    }
}
