package vn.congkhai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * A file as the system describes it, without reading it: its size, its time of last change and which file it is (a
 * save that replaces the file makes a new one; Windows tells no file key, {@code fileKey} is then null). Equal stamps:
 * the same file, unchanged as far as build tools tell.
 */
public record FileStamp(long size, FileTime modified, Object fileKey) {

    /** The stamp of {@code file} (of the file a link leads to), or null when it cannot be read. */
    public static FileStamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(a.size(), a.lastModifiedTime(), a.fileKey());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
