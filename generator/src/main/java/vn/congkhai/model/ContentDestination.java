package vn.congkhai.model;

import vn.congkhai.content.Format;
import vn.congkhai.text.FileNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an officer's command may write a disclosure of a type: a file in {@code content/<type>/} (or a folder under
 * it), with the extension of the format written and a safe name, reached by no link leading out of that folder. So
 * {@code cong-khai:nhap -Dra=…} never writes {@code pom.xml}, {@code jbake.properties}, the baked site, another
 * section's folder or anything outside the commune, with or without {@code -Dghi-de}.
 */
public final class ContentDestination {

    private ContentDestination() {
    }

    /**
     * Why {@code requested} (relative to {@code projectDir}, as {@code -Dra} is typed, or absolute) is no place to
     * write a disclosure of {@code type} in {@code format}, in Vietnamese with the fix; empty when it is.
     * {@code fallbackName} (without extension) is the example name when the requested one gives none.
     */
    public static Optional<String> refusal(Path projectDir, DisclosureType type, Format format, Path requested,
                                           String fallbackName) {
        Path project = projectDir.toAbsolutePath().normalize();
        Path folder = project.resolve("content").resolve(type.code());
        Path file = project.resolve(requested);
        String shown = shown(project, requested);
        String extension = "." + format.extension();
        boolean climbs = false;
        for (Path segment : requested) {
            climbs |= segment.toString().equals("..");
        }
        Path normal = file.normalize();
        String name = normal.getFileName() == null ? "" : normal.getFileName().toString();
        boolean inContent = normal.startsWith(project.resolve("content"));
        String example = folderOf(type) + example(inContent ? name : "", fallbackName) + extension;
        String fix = " Cách sửa: viết -Dra=" + example + ", hoặc bỏ -Dra để dùng tên tự đặt.";
        if (climbs || !normal.startsWith(folder) || normal.equals(folder) || !name.endsWith(extension)) {
            return Optional.of("Không ghi được vào \"" + shown + "\": tệp " + type.code() + " chỉ được ghi trong thư "
                    + "mục " + folderOf(type) + " (hoặc thư mục con của nó), đuôi " + extension + "." + fix);
        }
        for (Path segment : folder.relativize(normal)) {
            String s = segment.toString();
            if (!FileNames.safe(s)) {
                String reason = FileNames.reserved(s) ? FileNames.RESERVED_REASON
                        : "sẽ thành địa chỉ trang nên chỉ được dùng chữ thường không dấu, số và dấu gạch nối";
                return Optional.of("Không ghi được vào \"" + shown + "\": tên \"" + s + "\" " + reason + "." + fix);
            }
        }
        if (leadsOut(project, type, normal)) {
            return Optional.of("Không ghi được vào \"" + shown + "\": đường dẫn đi qua một liên kết (symlink) ra "
                    + "ngoài thư mục " + folderOf(type) + "." + fix);
        }
        return Optional.empty();
    }

    /** {@code content/ho-ngheo/}: the section's folder as officers write it. */
    private static String folderOf(DisclosureType type) {
        return "content/" + type.code() + "/";
    }

    /** The requested name made safe, without its extension, or else the fallback's. */
    private static String example(String name, String fallbackName) {
        String base = FileNames.suggest(name).replaceFirst("\\.[a-z0-9]+$", "");
        if (name.isBlank() || base.equals("tep")) {
            base = fallbackName == null || fallbackName.isBlank() ? "ten-tep" : FileNames.suggest(fallbackName);
        }
        return base;
    }

    /**
     * Whether a link on the way from the project to {@code file} (absolute, normalized, in the type's folder), or
     * {@code file} itself, leads anywhere but where its name says: the deepest part that exists, followed for real,
     * must be where the real project's {@code content/<type>/} is, and the file itself no link at all (writing through it would replace its target). The project itself may
     * be reached through a link.
     */
    public static boolean leadsOut(Path projectDir, DisclosureType type, Path file) {
        Path project = projectDir.toAbsolutePath().normalize();
        Path folder = project.resolve("content").resolve(type.code());
        try {
            if (Files.isSymbolicLink(file)) {
                return true;
            }
            Path existing = file;
            while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            Path real = existing.toRealPath().resolve(existing.relativize(file));
            return !real.startsWith(project.toRealPath().resolve(project.relativize(folder)));
        } catch (java.nio.file.NoSuchFileException e) {
            return true; // a link to nothing
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path as the officer typed it: relative to the commune's folder, {@code ..} and all. */
    private static String shown(Path project, Path requested) {
        Path resolved = project.resolve(requested);
        boolean inside = resolved.startsWith(project) && resolved.getNameCount() > project.getNameCount();
        return (inside ? resolved.subpath(project.getNameCount(), resolved.getNameCount()) : requested).toString()
                .replace('\\', '/');
    }
}
