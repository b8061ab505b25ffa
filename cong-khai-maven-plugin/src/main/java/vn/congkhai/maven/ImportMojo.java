package vn.congkhai.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import vn.congkhai.tools.CongKhai;

/**
 * {@code mvn cong-khai:nhap -Dtep=danh-sach.xlsx -Dloai=ho-ngheo}: an officer's spreadsheet (.xlsx or .csv) into a
 * draft JSON disclosure, every row checked.
 */
@Mojo(name = "nhap", requiresProject = true, threadSafe = true)
public class ImportMojo extends CommuneMojo {

    /** The spreadsheet, relative to the commune's folder. */
    @Parameter(property = "tep", required = true)
    private String tep;

    /** The type it becomes: ho-ngheo, ngan-sach, bang, gia-dat or boi-thuong. */
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
        CongKhai.ImportOptions options = new CongKhai.ImportOptions(tep, loai, ra, tieuDe, muc, ghiDe, boQuaDongLoi);
        OfficerCommand.run((today, out, err) -> CongKhai.importSpreadsheet(commune(), today, options, out, err),
                getLog());
    }
}
