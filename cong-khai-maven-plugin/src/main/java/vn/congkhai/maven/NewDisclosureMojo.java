package vn.congkhai.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import vn.congkhai.tools.CongKhai;

/**
 * {@code mvn cong-khai:tao -Dloai=thong-bao -Dten=hop-dan-xom-dong-mac}: a new disclosure file in
 * {@code content/<loai>/}, as a draft with every field to fill in.
 */
@Mojo(name = "tao", requiresProject = true, threadSafe = true)
public class NewDisclosureMojo extends CommuneMojo {

    /** The type of disclosure, e.g. {@code thong-bao}, {@code ho-ngheo}. */
    @Parameter(property = "loai", required = true)
    private String loai;

    /** The file name without extension: lowercase, no diacritics, hyphens. */
    @Parameter(property = "ten", required = true)
    private String ten;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        writeSchemas();
        OfficerCommand.run((today, out, err) -> CongKhai.newDisclosure(commune(), today, loai, ten, out, err), getLog());
    }
}
