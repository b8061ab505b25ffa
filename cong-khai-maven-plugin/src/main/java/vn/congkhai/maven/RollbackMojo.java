package vn.congkhai.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import vn.congkhai.publish.Publish;
import vn.congkhai.publish.PublishException;
import vn.congkhai.publish.SftpTarget;

/** {@code mvnw cong-khai:quay-lai}: switches the live site back to the release published before it. */
@Mojo(name = "quay-lai", requiresProject = true, threadSafe = true)
public class RollbackMojo extends PublishTargetMojo {

    @Override
    public void execute() throws MojoFailureException {
        SftpTarget target = target();
        try {
            Publish.rollback(site.toPath().toAbsolutePath().normalize(), target, login(target), knownHosts.toPath(),
                    this::log);
        } catch (PublishException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}
