package vn.congkhai.content;

import vn.congkhai.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files of one source folder ({@code content/} or {@code assets/}), as the bake may use them: regular files
 * inside the repository, in a fixed order. Symbolic links are resolved and allowed only when they lead to a file
 * inside the repository; a link that leads outside, to a folder, or nowhere is a problem, and is never followed.
 * Files that office software and operating systems leave behind ({@code Thumbs.db}, {@code ~$x.docx}) are ignored
 * with a warning; other hidden files ({@code .gitkeep}) silently.
 */
public final class SourceFiles {

    /** Junk by exact name (lower case). */
    private static final Set<String> JUNK_NAMES = Set.of("thumbs.db", "ehthumbs.db", "desktop.ini", ".ds_store",
            "icon\r", ".localized", "zone.identifier");

    /**
     * @param files    every usable file: its path relative to the folder (with {@code /}) and the real file to read
     * @param problems links and special files that cannot be used, with their fix
     * @param warnings junk that is ignored
     */
    public record Listing(Map<String, Path> files, List<Problem> problems, List<Problem> warnings) {
    }

    private SourceFiles() {
    }

    /** Lists {@code folder} (inside {@code projectDir}); an absent folder is empty. */
    public static Listing list(Path projectDir, Path folder) {
        Map<String, Path> files = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Path project = realPath(projectDir);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new Listing(files, problems, warnings);
        }
        String folderName = slashes(projectDir.relativize(folder));
        if (Files.isSymbolicLink(folder)) {
            problems.add(new Problem(folderName, 1, "(liên kết)", "thư mục " + folderName + " là một liên kết "
                    + "(symbolic link), không được dùng vì có thể dẫn ra ngoài kho. Cách sửa: thay liên kết bằng "
                    + "thư mục thật chứa các tệp."));
            return new Listing(files, problems, warnings);
        }
        for (Map.Entry<Path, BasicFileAttributes> entry : walk(folder).entrySet()) {
            Path p = entry.getKey();
            String relative = slashes(folder.relativize(p));
            if (isJunk(p.getFileName().toString())) {
                warnings.add(new Problem(slashes(projectDir.relativize(p)), 1, "(tệp rác)", "tệp do Windows hoặc "
                        + "phần mềm văn phòng tự tạo, không được đăng. Có thể xoá tệp này."));
                continue;
            }
            if (isHidden(relative) || relative.indexOf('\0') >= 0) {
                continue;
            }
            Path real = checked(p, entry.getValue(), projectDir, project, problems);
            if (real != null) {
                files.put(relative, real);
            }
        }
        return new Listing(files, problems, warnings);
    }

    /**
     * Everything under {@code folder} but folders, in path order, each with its attributes as the walk found them
     * (links not followed): one look at each file.
     */
    private static Map<Path, BasicFileAttributes> walk(Path folder) {
        Map<Path, BasicFileAttributes> found = new TreeMap<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!file.equals(folder)) { // a folder that is a file lists nothing
                        found.put(file, attrs);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The file to read for {@code p}, or null (with a problem) when it may not be used. */
    private static Path checked(Path p, BasicFileAttributes attrs, Path projectDir, Path project,
                                List<Problem> problems) {
        String shown = attrs.isRegularFile() ? null : slashes(projectDir.relativize(p)); // for a problem
        if (attrs.isSymbolicLink()) {
            Path real;
            try {
                real = p.toRealPath();
            } catch (IOException e) {
                problems.add(new Problem(shown, 1, "(liên kết)", "tệp là một liên kết (symbolic link) hỏng hoặc "
                        + "vòng tròn. Cách sửa: xoá liên kết này, đặt tệp thật vào đây."));
                return null;
            }
            if (!real.startsWith(project)) {
                problems.add(new Problem(shown, 1, "(liên kết)", "tệp là một liên kết (symbolic link) dẫn ra ngoài "
                        + "kho của xã; không đăng tệp ngoài kho. Cách sửa: xoá liên kết này; nếu cần đăng tệp, chép "
                        + "tệp thật vào đây."));
                return null;
            }
            if (!Files.isRegularFile(real)) {
                problems.add(new Problem(shown, 1, "(liên kết)", "tệp là một liên kết (symbolic link) tới một thư "
                        + "mục; liên kết thư mục không được dùng. Cách sửa: xoá liên kết này, chép các tệp cần đăng "
                        + "vào đây."));
                return null;
            }
            return real;
        }
        if (!attrs.isRegularFile()) {
            problems.add(new Problem(shown, 1, "(tệp)", "đây không phải một tệp thông thường. Cách sửa: xoá nó "
                    + "khỏi thư mục."));
            return null;
        }
        return p.toAbsolutePath().normalize();
    }

    /** Files left by Windows, macOS and office software: {@code Thumbs.db}, {@code ~$x.docx}, {@code x.tmp}. */
    static boolean isJunk(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return JUNK_NAMES.contains(lower) || lower.startsWith("~$") || lower.startsWith(".~lock.")
                || lower.startsWith("._") || lower.endsWith(".tmp") || lower.endsWith("~") || lower.endsWith(".bak")
                || lower.endsWith(":zone.identifier");
    }

    /** Whether a part of {@code relative} (with {@code /}) starts with a dot. */
    private static boolean isHidden(String relative) {
        return relative.startsWith(".") || relative.contains("/.");
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    /** A relative path with {@code /} between its parts, on every system. */
    public static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
