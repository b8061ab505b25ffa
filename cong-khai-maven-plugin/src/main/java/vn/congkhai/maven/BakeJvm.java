package vn.congkhai.maven;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.logging.Log;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs the generator's bake ({@code vn.congkhai.bake.Main}) in a JVM of its own, on the plugin's class path, and
 * logs each line it prints at the level it is tagged with. A JVM of its own: the bake's flags (heap, quick JIT tier)
 * apply, JBake's static state and OrientDB's threads stay out of Maven, and communes in one reactor bake side by
 * side.
 */
final class BakeJvm {

    /** How long a bake told to stop is given before it is killed. */
    static final int STOP_SECONDS = 10;

    private BakeJvm() {
    }

    /**
     * Bakes (or checks) {@code communeDir} into {@code siteDir}.
     *
     * @return the exit status of {@code Main}: 0 done, 1 content errors (logged), 2 a fault of the program (logged)
     */
    static int run(Collection<Artifact> classPath, Path communeDir, Path siteDir, boolean checkOnly, Log log)
            throws IOException, InterruptedException {
        return run(classPath.stream().map(a -> a.getFile().getAbsolutePath())
                .collect(Collectors.joining(File.pathSeparator)), communeDir, siteDir, checkOnly, log);
    }

    /** As above, on a class path given as the JVM takes it. */
    static int run(String classPath, Path communeDir, Path siteDir, boolean checkOnly, Log log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        boolean windows = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        command.add(Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString());
        command.addAll(vn.congkhai.bake.Main.jvmOptions()); // heap, JIT tier, collector, time zone, encoding
        command.add("vn.congkhai.bake.Main");
        command.add("--maven");
        if (checkOnly) {
            command.add("--kiem-tra");
        }
        command.add(communeDir.toString());
        command.add(siteDir.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(communeDir.toFile()).redirectErrorStream(true);
        // The class path in the environment, not on the command line, which Windows limits to 32,767 characters.
        builder.environment().put("CLASSPATH", classPath);
        Process process = builder.start();
        // Maven stopped (SIGTERM, or Ctrl+C where the terminal does not tell the bake too) stops the bake with it.
        Thread stopBake = new Thread(() -> stop(process), "cong-khai-stop-bake");
        Runtime.getRuntime().addShutdownHook(stopBake);
        try {
            process.getOutputStream().close();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    log(line, log);
                }
            }
            if (!process.waitFor(1, TimeUnit.MINUTES)) { // its output closed: it is ending
                stop(process);
            }
            return process.exitValue();
        } finally {
            if (process.isAlive()) { // Maven interrupted, or the output unreadable
                stop(process);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(stopBake);
            } catch (IllegalStateException e) {
                // Maven is stopping: the hook runs
            }
        }
    }

    /**
     * Stops the bake's JVM as Ctrl+C would (it leaves the site whole and says so), forcibly if it has not ended
     * within {@value #STOP_SECONDS} seconds.
     */
    static void stop(Process process) {
        process.destroy();
        try {
            if (process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }

    /** A tagged line at its level; anything untagged (a library or the JVM speaking) as a warning. */
    static void log(String line, Log log) {
        if (line.isBlank() || line.strip().equals(vn.congkhai.bake.Main.ERROR.strip())) {
            return; // the blank lines that space the list out on a terminal
        }
        if (line.startsWith(vn.congkhai.bake.Main.ERROR)) {
            log.error(line.substring(vn.congkhai.bake.Main.ERROR.length()));
        } else if (line.startsWith(vn.congkhai.bake.Main.WARN)) {
            log.warn(line.substring(vn.congkhai.bake.Main.WARN.length()));
        } else if (line.startsWith(vn.congkhai.bake.Main.INFO)) {
            log.info(line.substring(vn.congkhai.bake.Main.INFO.length()));
        } else {
            log.warn(line);
        }
    }
}
