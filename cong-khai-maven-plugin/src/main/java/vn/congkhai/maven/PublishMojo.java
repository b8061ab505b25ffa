package vn.congkhai.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.publish.Publish;
import vn.congkhai.publish.PublishException;
import vn.congkhai.publish.SftpTarget;

import java.time.ZonedDateTime;

/**
 * {@code mvnw package cong-khai:dang}: puts the site just baked online over SFTP, as a new release the web server
 * switches to in one step. Refuses a site whose bake had errors, whose sources changed since, baked for a fixed past
 * date (unless {@code -Dcho-phep-ngay-cu}), or baked for another address than the target serves.
 */
@Mojo(name = "dang", requiresProject = true, threadSafe = true)
public class PublishMojo extends PublishTargetMojo {

    /** The address of the site the target serves; must equal {@code site.host} of jbake.properties. */
    @Parameter(property = "cong-khai.dang.dia-chi-web")
    private String diaChiWeb;

    /** Releases kept on the server (at least 2). */
    @Parameter(property = "cong-khai.dang.giu-lai", defaultValue = "" + Publish.KEEP)
    private int giuLai;

    /** Publish a site baked for a fixed date in the past ({@code ngay_bake}). */
    @Parameter(property = "cho-phep-ngay-cu", defaultValue = "false")
    private boolean choPhepNgayCu;

    @Override
    public void execute() throws MojoFailureException {
        SftpTarget target = target();
        Publish.Request request = new Publish.Request(commune(), site.toPath().toAbsolutePath().normalize(), target,
                diaChiWeb, login(target), knownHosts.toPath(), giuLai, choPhepNgayCu,
                ZonedDateTime.now(SiteConfig.ZONE));
        try {
            Publish.site(request, this::log);
        } catch (PublishException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}
