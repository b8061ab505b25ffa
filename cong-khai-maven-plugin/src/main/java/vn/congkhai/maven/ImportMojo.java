package vn.congkhai.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code mvn cong-khai:nhap -Dtep=danh-sach.xlsx -Dloai=ho-ngheo}: an officer's spreadsheet (.xlsx or .csv) into a
 * draft JSON disclosure, every row checked.
 */
@Mojo(name = "nhap", requiresProject = true, threadSafe = true)
public class ImportMojo extends CommuneMojo {

    /** The spreadsheet, relative to the commune's folder. */
    @Parameter(property = "tep", required = true)
    private String tep;

    /** The type it becomes: ho-ngheo, ngan-sach or bang. */
    @Parameter(property = "loai", required = true)
    private String loai;

    /** The JSON file to write (default: content/<loai>/<spreadsheet name>.json). */
    @Parameter(property = "ra")
    private String ra;

    /** The title (default: from the spreadsheet). */
    @Parameter(property = "tieu-de")
    private String tieuDe;

    /** The item of Art. 11 it discloses, 1 to 14. */
    @Parameter(property = "muc")
    private String muc;

    /** Replace the JSON file if it exists. */
    @Parameter(property = "ghi-de", defaultValue = "false")
    private boolean ghiDe;

    /** Leave out rows with mistakes (listed) instead of refusing the spreadsheet. */
    @Parameter(property = "bo-qua-dong-loi", defaultValue = "false")
    private boolean boQuaDongLoi;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        writeSchemas();
        List<String> args = new ArrayList<>(List.of("nhap", tep, "--loai", loai));
        if (ra != null) {
            args.addAll(List.of("--ra", ra));
        }
        if (tieuDe != null) {
            args.addAll(List.of("--tieu-de", tieuDe));
        }
        if (muc != null) {
            args.addAll(List.of("--muc", muc));
        }
        if (ghiDe) {
            args.add("--ghi-de");
        }
        if (boQuaDongLoi) {
            args.add("--bo-qua-dong-loi");
        }
        OfficerCommand.run(commune(), args, getLog());
    }
}
