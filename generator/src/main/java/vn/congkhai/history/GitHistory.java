package vn.congkhai.history;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.io.DisabledOutputStream;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The change history of every content file, read from the project's git history at bake time with JGit in one walk
 * over the commits (not one per file). A checkout without git, or a shallow clone, gives less history, never an
 * error.
 */
public final class GitHistory {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Map<String, List<Change>> byPath;
    /** Where and from which commit it was read ("-" when there was no history to read). */
    private final String readFrom;

    private GitHistory(Map<String, List<Change>> byPath, String readFrom) {
        this.byPath = byPath;
        this.readFrom = readFrom;
    }

    public static GitHistory none() {
        return new GitHistory(Map.of(), "-");
    }

    /** The commit checked out in the git work tree holding {@code dir}; empty when it is not in one. */
    public static java.util.Optional<String> head(Path dir) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return java.util.Optional.empty();
        }
        try (Repository repo = builder.build()) {
            org.eclipse.jgit.lib.ObjectId head = repo.resolve("HEAD");
            return head == null ? java.util.Optional.empty() : java.util.Optional.of(head.name());
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** Reads the history of the files under {@code contentDir}; empty when it is not in a git work tree. */
    public static GitHistory read(Path contentDir) {
        return read(contentDir, null);
    }

    /**
     * The history of the files under {@code contentDir}: {@code last} (read before, for the same folder, or null) when
     * the commit checked out is still the one it was read from, since a commit's history never changes; read anew
     * otherwise. The preview reads it once, not after every edit.
     */
    public static GitHistory read(Path contentDir, GitHistory last) {
        Path dir = contentDir.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            return none();
        }
        try (Repository repo = builder.build()) {
            if (repo.isBare() || repo.resolve("HEAD") == null) {
                return none();
            }
            Path top = repo.getWorkTree().toPath().toAbsolutePath().normalize();
            if (!dir.startsWith(top)) {
                return none();
            }
            String prefix = top.relativize(dir).toString().replace('\\', '/');
            ObjectId head = repo.resolve("HEAD");
            String readFrom = dir + "\n" + head.name();
            if (last != null && last.readFrom.equals(readFrom)) {
                return last;
            }
            if (!prefix.isEmpty() && !committed(repo, head, prefix)) {
                return new GitHistory(Map.of(), readFrom); // nothing of the folder is committed: no file has history
            }
            return new GitHistory(walk(repo, head, prefix), readFrom);
        } catch (IOException | RuntimeException e) {
            return none();
        }
    }

    /** Whether the commit checked out holds the folder {@code prefix} (a commune not yet committed, or ignored, does not). */
    private static boolean committed(Repository repo, ObjectId head, String prefix) throws IOException {
        try (RevWalk walk = new RevWalk(repo);
             org.eclipse.jgit.treewalk.TreeWalk folder = org.eclipse.jgit.treewalk.TreeWalk.forPath(repo, prefix,
                     walk.parseCommit(head).getTree())) {
            return folder != null;
        }
    }

    /**
     * Every commit's changes to the content, newest first, following renames: a file moved (into
     * {@code communes/<xa>/content/}, or to a new name) keeps the history it had under its old path. A pure move
     * (same bytes) is not a change of its own.
     */
    private static Map<String, List<Change>> walk(Repository repo, ObjectId head, String prefix) throws IOException {
        Map<String, List<Change>> byPath = new HashMap<>();
        Map<String, String> movedFrom = new HashMap<>(); // an older path -> the content path it became
        try (RevWalk walk = new RevWalk(repo);
             DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repo);
            diff.setDetectRenames(true);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                ObjectId parent = commit.getParentCount() > 0 ? parentTree(walk, commit) : null;
                Change change = null;
                for (DiffEntry e : diff.scan(parent, commit.getTree())) {
                    String path = e.getChangeType() == DiffEntry.ChangeType.DELETE ? e.getOldPath() : e.getNewPath();
                    String key = movedFrom.containsKey(path) ? movedFrom.get(path) : contentPath(path, prefix);
                    if (key == null) {
                        continue;
                    }
                    boolean renamed = e.getChangeType() == DiffEntry.ChangeType.RENAME;
                    if (renamed) {
                        movedFrom.put(e.getOldPath(), key);
                    }
                    if (renamed && e.getScore() == 100) {
                        continue;
                    }
                    change = change != null ? change : change(commit);
                    byPath.computeIfAbsent(key, k -> new ArrayList<>()).add(change);
                }
            }
        }
        byPath.values().forEach(list -> list.sort(Comparator.comparing(Change::date).reversed()));
        return byPath;
    }

    /** The path inside the content folder of a path of the repository, or null when it lies outside. */
    private static String contentPath(String path, String prefix) {
        if (prefix.isEmpty()) {
            return path;
        }
        return path.startsWith(prefix + "/") ? path.substring(prefix.length() + 1) : null;
    }

    private static ObjectId parentTree(RevWalk walk, RevCommit commit) {
        try {
            return walk.parseCommit(commit.getParent(0)).getTree();
        } catch (IOException e) {
            return null; // a shallow clone: the parent is not here
        }
    }

    private static Change change(RevCommit commit) {
        String message = commit.getShortMessage().strip();
        String lower = message.toLowerCase(Locale.ROOT);
        boolean minor = lower.startsWith("[nhỏ]") || lower.startsWith("[nho]");
        if (minor) {
            message = message.substring(message.indexOf(']') + 1).strip();
        }
        Instant when = commit.getCommitterIdent().getWhenAsInstant();
        return new Change(when.atZone(ZONE).toLocalDate(), message, commit.getId().abbreviate(7).name(), minor);
    }

    /** The changes of a file (path relative to the content folder), newest first. */
    public List<Change> of(String contentPath) {
        return byPath.getOrDefault(contentPath, List.of());
    }
}
