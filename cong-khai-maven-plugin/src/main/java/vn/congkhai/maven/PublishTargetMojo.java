package vn.congkhai.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import vn.congkhai.publish.Login;
import vn.congkhai.publish.PublishException;
import vn.congkhai.publish.SftpTarget;

import java.io.File;
import java.nio.file.Path;

/**
 * What the publish goals share: the target ({@code cong-khai.dang.dich}, in the commune's {@code pom.xml}) and the
 * login, from the {@code <server>} entry of Maven's {@code settings.xml} (passwords may be encrypted the Maven way),
 * never from the commune's repository.
 */
abstract class PublishTargetMojo extends CommuneMojo {

    /** Where the site goes: {@code sftp://[user@]host[:port]/folder}; the web server serves {@code folder/current}. */
    @Parameter(property = "cong-khai.dang.dich")
    protected String dich;

    /** The id of the {@code <server>} entry of settings.xml holding the login. */
    @Parameter(property = "cong-khai.dang.may-chu", defaultValue = "cong-khai-dang")
    protected String mayChu;

    /** The baked site (whose folder holds the commune's lock while a publish or a rollback runs). */
    @Parameter(property = "cong-khai.site", defaultValue = "${project.build.directory}/site", required = true)
    protected File site;

    /** The known_hosts file the server's host key is checked against. */
    @Parameter(property = "cong-khai.dang.known-hosts", defaultValue = "${user.home}/.ssh/known_hosts")
    protected File knownHosts;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    protected SftpTarget target() throws MojoFailureException {
        try {
            return SftpTarget.parse(dich);
        } catch (PublishException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /** The login of server {@link #mayChu}, decrypted. */
    protected Login login(SftpTarget target) throws MojoFailureException {
        Server server = settings.getServer(mayChu);
        String howTo = " Cách sửa: thêm vào settings.xml của Maven (thường là ~/.m2/settings.xml, không phải kho của "
                + "xã) mục <server><id>" + mayChu + "</id><username>…</username><password>…</password></server> "
                + "(hoặc <privateKey>đường dẫn tới khoá</privateKey>); xem HUONG-DAN.md, mục \"Đăng lên mạng\".";
        if (server == null) {
            throw new MojoFailureException("Chưa có tài khoản để đăng: settings.xml không có mục <server> với id \""
                    + mayChu + "\"." + howTo);
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : decrypted.getProblems()) {
            throw new MojoFailureException("Không giải mã được mật khẩu của mục <server> \"" + mayChu + "\" trong "
                    + "settings.xml (" + problem.getMessage() + "). Cách sửa: kiểm tra settings-security.xml.");
        }
        server = decrypted.getServer();
        String user = server.getUsername() != null ? server.getUsername() : target.user();
        if (user == null || user.isBlank()) {
            throw new MojoFailureException("Mục <server> \"" + mayChu + "\" trong settings.xml chưa có "
                    + "<username>." + howTo);
        }
        if (server.getPrivateKey() != null && !server.getPrivateKey().isBlank()) {
            Path key = Path.of(server.getPrivateKey()).toAbsolutePath().normalize();
            return Login.key(user, key, server.getPassphrase());
        }
        if (server.getPassword() == null || server.getPassword().isEmpty()) {
            throw new MojoFailureException("Mục <server> \"" + mayChu + "\" trong settings.xml chưa có mật khẩu hay "
                    + "khoá." + howTo);
        }
        return Login.password(user, server.getPassword());
    }

    protected void log(String line) {
        getLog().info(line);
    }
}
