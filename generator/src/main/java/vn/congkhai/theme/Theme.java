package vn.congkhai.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The default theme, shipped inside the generator ({@code theme/templates/}, {@code theme/assets/} on its class
 * path): every page template, printout template, style sheet and script a commune does not override. A commune's own
 * {@code templates/} and {@code assets/} hold only the files it overrides; a file there wins over the theme's file
 * of the same name.
 */
public final class Theme {

    /** The theme's templates, as a class path folder (for Pebble's class path loader). */
    public static final String TEMPLATES = "theme/templates";
    /** The theme's assets (style sheets, scripts), as a class path folder. */
    public static final String ASSETS = "theme/assets";

    private Theme() {
    }

    public static ClassLoader loader() {
        return Theme.class.getClassLoader();
    }

    /**
     * Every file of a theme folder by its path inside the folder (with '/'), in name order. The paths may lie in the
     * generator's jar (a zip file system), from which they can be read and copied like any file.
     */
    public static Map<String, Path> files(String folder) {
        Path root = root(folder);
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.put(root.relativize(f).toString().replace('\\', '/'), f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(files);
    }

    /** The theme folder as a path: on disk when the generator runs from its classes, in its jar otherwise. */
    static Path root(String folder) {
        URL url = loader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("The generator's theme is missing: " + folder);
        }
        return pathOf(url);
    }

    /**
     * A class path resource as a path: on disk when it comes from a folder of classes, inside its jar (whose file
     * system is opened once) otherwise.
     */
    public static Path pathOf(URL url) {
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jar(uri).provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar's file system, opened once and kept open for the life of the JVM (the theme is read on each bake). */
    private static synchronized FileSystem jar(URI uri) {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            try {
                return FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException raced) {
                return FileSystems.getFileSystem(uri);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        }
    }
}
