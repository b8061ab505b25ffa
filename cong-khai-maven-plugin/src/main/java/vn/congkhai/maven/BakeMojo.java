package vn.congkhai.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;

/**
 * {@code mvn package}: validates the commune's content and bakes the site into {@code target/site}. A content error
 * fails the build with the officer's list at ERROR level and leaves the site baked before untouched.
 */
@Mojo(name = "bake", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BakeMojo extends CommuneMojo {

    /** The folder the site is baked into; the preview serves the same folder. */
    @Parameter(property = "cong-khai.site", defaultValue = "${project.build.directory}/site", required = true)
    private File site;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** Skip the bake ({@code -Dcong-khai.skip}). */
    @Parameter(property = "cong-khai.skip", defaultValue = "false")
    private boolean skip;

    /** Only check the content (the {@code kiem-tra} goal). */
    protected boolean checkOnly() {
        return false;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Bỏ qua (cong-khai.skip).");
            return;
        }
        writeSchemas();
        int status;
        try {
            status = BakeJvm.run(plugin.getArtifacts(), commune(), site.toPath().toAbsolutePath().normalize(),
                    checkOnly(), getLog());
        } catch (IOException e) {
            throw new MojoExecutionException("Không chạy được Java để tạo trang: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Bị dừng khi đang tạo trang.");
        }
        if (status == 1) {
            throw new MojoFailureException(checkOnly() ? "Nội dung có lỗi (xem danh sách ở trên)."
                    : "Nội dung có lỗi (xem danh sách ở trên): trang web chưa được tạo lại.");
        }
        if (status == vn.congkhai.bake.Main.BUSY) {
            throw new MojoFailureException("Lệnh khác đang tạo trang hay đăng trang của xã (xem dòng ở trên): trang web "
                    + "chưa được tạo lại.");
        }
        if (status != 0) {
            throw new MojoExecutionException("Chương trình gặp lỗi (xem dòng ở trên).");
        }
    }
}
