package vn.congkhai.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What {@code mvn jetty:run} needs before it serves the site (bound to {@code process-classes}, which Jetty's goal runs
 * first): the folder it serves, the preview's web descriptor (the filter that re-bakes on an edit) and the schemas.
 */
@Mojo(name = "chuan-bi-xem-truoc", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class PreviewSetupMojo extends CommuneMojo {

    /** Where the descriptor goes; the commune parent's Jetty configuration reads it from there. */
    public static final String DESCRIPTOR = "cong-khai/web.xml";
    private static final String WEB_XML = "vn/congkhai/preview/web.xml";

    /** The folder the preview bakes into and Jetty serves, with the drafts shown: not the published site's. */
    @Parameter(property = "cong-khai.xem-truoc.thu-muc", defaultValue = "${project.build.directory}/xem-truoc/site",
            required = true)
    private File site;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File target;

    @Override
    public void execute() throws MojoExecutionException {
        writeSchemas();
        Path descriptor = target.toPath().resolve(DESCRIPTOR);
        // The generator's descriptor, read as a resource: the filter class itself needs the servlet API, which only
        // Jetty has.
        try (InputStream in = PreviewSetupMojo.class.getClassLoader().getResourceAsStream(WEB_XML)) {
            Files.createDirectories(site.toPath());
            Files.createDirectories(descriptor.getParent());
            Files.copy(in, descriptor, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new MojoExecutionException("Không chuẩn bị được thư mục xem trước " + target + ": " + e.getMessage());
        }
    }
}
