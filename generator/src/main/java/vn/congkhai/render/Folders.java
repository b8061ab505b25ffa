package vn.congkhai.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The folders a bake has made, each made once by whichever thread first writes into it, not once per file. */
public final class Folders {

    private final Set<Path> made = ConcurrentHashMap.newKeySet();

    /** Makes the folder {@code file} goes in, with the folders above it, unless this bake made it already. */
    public void forFile(Path file) throws IOException {
        Path folder = file.getParent();
        if (!made.contains(folder)) {
            Files.createDirectories(folder);
            made.add(folder); // only once it is there: a thread that finds it here may write into it
        }
    }
}
