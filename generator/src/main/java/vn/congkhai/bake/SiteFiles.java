package vn.congkhai.bake;

import vn.congkhai.problem.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Copies the files published as they are (theme files, attachments) last: never over one the bake wrote. */
final class SiteFiles {

    private SiteFiles() {
    }

    /** Copies {@code files} (site path to source file) into {@code site}; a name already taken is a problem. */
    static void copy(Map<String, Path> files, Path projectDir, Path site, Problems problems) {
        for (Map.Entry<String, Path> file : new TreeMap<>(files).entrySet()) {
            Path target = site.resolve(file.getKey()).normalize();
            if (!target.startsWith(site)) {
                throw new IllegalStateException("Outside the site: " + file.getKey());
            }
            try {
                Files.createDirectories(target.getParent());
                Files.copy(file.getValue(), target);
            } catch (FileAlreadyExistsException e) {
                problems.add(shown(projectDir, file.getValue()), 1, "(tệp)", "tệp trùng tên với tệp "
                        + file.getKey() + " do hệ thống tạo ra. Cách sửa: đổi tên tệp, ví dụ thêm \"-dinh-kem\" "
                        + "vào cuối tên, và sửa tên ở văn bản nêu nó.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String shown(Path projectDir, Path file) {
        try {
            return projectDir.toRealPath().relativize(file).toString().replace('\\', '/');
        } catch (IOException | IllegalArgumentException e) {
            return file.getFileName().toString();
        }
    }
}
