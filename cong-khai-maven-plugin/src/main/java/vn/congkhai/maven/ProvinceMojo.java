package vn.congkhai.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import vn.congkhai.province.ProvinceException;
import vn.congkhai.province.ProvinceSite;
import vn.congkhai.province.UnreadableCommuneException;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code mvn cong-khai:tinh -DdiaChiWeb=https://…}: bakes the province's site ({@code target/tinh}) from its
 * communes' baked sites: by default the communes of the reactor it runs in (an aggregator whose {@code <modules>}
 * are the communes, after {@code package}), or the folders and addresses in {@code nguon}. A commune that cannot be
 * read is a warning and is marked on the board; the goal fails only when none can be read.
 */
@Mojo(name = "tinh", aggregator = true, threadSafe = true)
public class ProvinceMojo extends AbstractMojo {

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The communes: folders (a commune's project or a baked site, as CI artifacts) or site addresses (https). */
    @Parameter(property = "nguon")
    private List<String> nguon;

    /** The province's site address, for the feed's links. */
    @Parameter(property = "diaChiWeb")
    private String diaChiWeb;

    /** The province's name; by default the one its communes give. */
    @Parameter(property = "tenTinh")
    private String tenTinh;

    /** Where the province's site is baked. */
    @Parameter(property = "thuMucTinh", defaultValue = "${project.build.directory}/tinh")
    private File thuMucTinh;

    @Override
    public void execute() throws MojoFailureException {
        Path base = project.getBasedir().toPath();
        List<String> sources = nguon != null && !nguon.isEmpty() ? nguon : session.getProjects().stream()
                .map(p -> p.getBasedir().toPath())
                .filter(dir -> Files.isRegularFile(dir.resolve("jbake.properties")))
                .map(dir -> base.relativize(dir).toString()).toList();
        ProvinceSite.Report report;
        try {
            report = ProvinceSite.bake(sources, base, new ProvinceSite.Settings(tenTinh, diaChiWeb),
                    thuMucTinh.toPath());
        } catch (ProvinceException e) {
            e.unreadable().forEach(problem -> getLog().error(problem.getMessage()));
            throw new MojoFailureException(e.getMessage());
        }
        for (UnreadableCommuneException problem : report.unreadable()) {
            getLog().warn(problem.getMessage());
        }
        getLog().info("Đã tạo trang của tỉnh từ " + report.read() + " xã"
                + (report.unreadable().isEmpty() ? "" : " (" + report.unreadable().size() + " xã không đọc được, "
                + "đánh dấu trên bảng theo dõi)") + ": " + thuMucTinh.toPath().resolve("index.html"));
    }
}
