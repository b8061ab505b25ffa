package vn.congkhai.preview;

import vn.congkhai.content.Sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Tells the preview when a source changed, from the operating system's file events (inotify on Linux, the native
 * service on Windows) instead of looking at every source on every request: a page of a 5,000-disclosure site is
 * served without walking 5,000 files. Folders created later are watched as they appear. Where the JDK only polls (its
 * watch service on macOS looks every few seconds), the preview keeps comparing {@link SourceFingerprint}s instead,
 * which sees an edit at the next request.
 */
final class SourceWatcher implements AutoCloseable {

    private final Path projectDir;
    private final WatchService service;
    private final AtomicBoolean changed = new AtomicBoolean(true);
    private final Thread thread;

    private SourceWatcher(Path projectDir, WatchService service) {
        this.projectDir = projectDir;
        this.service = service;
        this.thread = new Thread(this::run, "xem-truoc-theo-doi-tep");
        this.thread.setDaemon(true);
    }

    /** A watcher of the commune's sources, or null where the JDK can only poll. */
    static SourceWatcher start(Path projectDir) {
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            if (service.getClass().getSimpleName().contains("Polling")) {
                service.close();
                return null;
            }
            SourceWatcher watcher = new SourceWatcher(projectDir, service);
            watcher.register(projectDir); // jbake.properties, and content/ and others when they are created
            for (String source : Sources.ALL) {
                Path folder = projectDir.resolve(source);
                if (Files.isDirectory(folder)) {
                    watcher.registerTree(folder);
                }
            }
            watcher.thread.start();
            return watcher;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Whether a source changed since the last call (true at first); clears the flag. */
    boolean takeChange() {
        return changed.getAndSet(false);
    }

    private void register(Path folder) throws IOException {
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                register(folder);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        changed.set(true);
                        continue;
                    }
                    Path path = folder.resolve((Path) event.context());
                    if (isSource(path)) {
                        changed.set(true);
                        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                            try {
                                registerTree(path);
                            } catch (IOException e) {
                                // gone again, or unreadable: the bake reports it
                            }
                        }
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview stops
        }
    }

    /** Whether a path is one of the sources or under one (not target/, not .git/). */
    private boolean isSource(Path path) {
        Path relative = projectDir.relativize(path);
        return relative.getNameCount() > 0 && Sources.ALL.contains(relative.getName(0).toString());
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
