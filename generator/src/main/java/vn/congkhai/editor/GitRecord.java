package vn.congkhai.editor;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * "Ghi lại": a saved disclosure recorded in the commune's git repository, that file alone, under the officer's name,
 * with a Vietnamese message; the site's history of the file is read from these records. The officer's name is asked
 * once and kept in the repository's own settings ({@code user.name}), as git itself keeps it.
 */
final class GitRecord {

    /** What became of a record: the commit's short id, or why there is none, in Vietnamese. */
    record Outcome(Optional<String> commit, String message) {
    }

    /** Used when the repository names no e-mail: a commit needs one; an officer need not have one. */
    static final String NO_EMAIL = "cong-khai@localhost";

    private GitRecord() {
    }

    /** The name the last record was made under in this commune's repository, if any. */
    static Optional<String> officer(Path project) {
        try (Repository repo = open(project)) {
            return repo == null ? Optional.empty()
                    : Optional.ofNullable(repo.getConfig().getString("user", null, "name")).filter(n -> !n.isBlank());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Records {@code file} as it is on disk, under {@code officer}'s name with {@code message}; the name is kept
     * for the next record.
     */
    static Outcome record(EditedFile file, String officer, String message) {
        String name = officer == null ? "" : officer.strip();
        if (name.isEmpty()) {
            return new Outcome(Optional.empty(), "Chưa ghi lại: cần họ và tên người ghi lại, để lịch sử của văn bản "
                    + "ghi rõ ai đã thay đổi.");
        }
        try (Repository repo = open(file.project())) {
            if (repo == null || repo.isBare()) {
                return new Outcome(Optional.empty(), "Chưa ghi lại: thư mục của xã chưa là kho git. Cách sửa: nhờ "
                        + "cán bộ kỹ thuật chạy lệnh git init -b main trong thư mục của xã (xem HUONG-DAN.md).");
            }
            StoredConfig config = repo.getConfig();
            if (!name.equals(config.getString("user", null, "name"))) {
                config.setString("user", null, "name", name);
                config.save();
            }
            String email = Optional.ofNullable(config.getString("user", null, "email")).orElse(NO_EMAIL);
            Path top = repo.getWorkTree().toPath().toAbsolutePath().normalize();
            String path = top.relativize(file.file()).toString().replace('\\', '/');
            PersonIdent who = new PersonIdent(name, email);
            try (Git git = new Git(repo)) {
                if (git.status().addPath(path).call().isClean()) {
                    return unchanged(file);
                }
                git.add().addFilepattern(path).call();
                RevCommit commit = git.commit().setOnly(path).setAllowEmpty(false).setAuthor(who).setCommitter(who)
                        .setMessage(message).setSign(false).call();
                String id = commit.getId().abbreviate(7).name();
                return new Outcome(Optional.of(id), "Đã ghi lại " + file.relative() + " (lần ghi " + id + ", người "
                        + "ghi: " + name + ").");
            }
        } catch (EmptyCommitException e) {
            return unchanged(file);
        } catch (IOException | GitAPIException | RuntimeException e) {
            return new Outcome(Optional.empty(), "Chưa ghi lại được " + file.relative() + ": " + e.getMessage());
        }
    }

    private static Outcome unchanged(EditedFile file) {
        return new Outcome(Optional.empty(), "Không có thay đổi nào của " + file.relative() + " để ghi lại: tệp giống "
                + "hệt lần ghi trước.");
    }

    private static Repository open(Path project) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(project.toAbsolutePath().toFile());
        return builder.getGitDir() == null ? null : builder.build();
    }
}
