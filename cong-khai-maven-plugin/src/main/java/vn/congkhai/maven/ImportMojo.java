package vn.congkhai.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import vn.congkhai.tools.CongKhai;

/**
 * {@code mvn cong-khai:nhap -Dtep=danh-sach.xlsx -Dloai=ho-ngheo}: an officer's spreadsheet (.xlsx or .csv) into a
 * draft JSON disclosure, every row checked; {@code mvn cong-khai:nhap -Dtep=quyet-dinh.docx [-Ddinh-kem]}: a Word
 * document into a draft Markdown disclosure (its section from the kind of document, unless {@code -Dloai} says).
 */
@Mojo(name = "nhap", requiresProject = true, threadSafe = true)
public class ImportMojo extends CommuneMojo {

    /** The spreadsheet or Word document, relative to the commune's folder. */
    @Parameter(property = "tep", required = true)
    private String tep;

    /** The type it becomes: ho-ngheo, ngan-sach, bang, gia-dat or boi-thuong for a spreadsheet (required); for a Word
     * document, by default from the kind of document (thong-bao, chinh-sach, thanh-tra, trang). */
    @Parameter(property = "loai")
    private String loai;

    /**
     * The file to write, relative to the commune's folder (default: content/<loai>/<from the title>.json or .md):
     * only inside content/<loai>/, with the type's extension; anywhere else is refused.
     */
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

    /** Publish the Word document itself as an attachment of its disclosure (it is not, by default). */
    @Parameter(property = "dinh-kem", defaultValue = "false")
    private boolean dinhKem;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        writeSchemas();
        CongKhai.ImportOptions options = new CongKhai.ImportOptions(tep, loai, ra, tieuDe, muc, ghiDe, boQuaDongLoi,
                dinhKem);
        OfficerCommand.run((today, out, err) -> CongKhai.importFile(commune(), today, options, out, err),
                getLog());
    }
}
