package vn.congkhai.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * "Đăng lên mạng" from the editor: the commune's own {@code mvnw package cong-khai:dang} (the very goal an officer
 * would type, with its checks, its atomic switch and its Vietnamese messages), or {@code git push} when the commune's
 * CI publishes; one at a time, in the background, its output kept for the page, and stopped after
 * {@value #LIMIT_MINUTES} minutes whatever happens.
 */
final class PublishJob {

    /** Where a run stands. */
    enum State { NONE, RUNNING, DONE, FAILED }

    static final int LIMIT_MINUTES = 15;
    /** The site folder the commune's publish goal sends (the commune parent's), beside which it leaves its messages. */
    static final String SITE = "target/site";

    private Process process;
    private Path log;
    private Instant started;
    private String what = "";
    private boolean timedOut;

    /** The goal that publishes from this computer, through the commune's Maven Wrapper. */
    static List<String> publishCommand() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        return windows ? List.of("cmd", "/c", "mvnw.cmd", "-B", "package", "cong-khai:dang")
                : List.of("sh", "mvnw", "-B", "package", "cong-khai:dang");
    }

    /** Sends the recorded changes to the commune's repository, whose CI publishes them; never asks for a password. */
    static List<String> pushCommand() {
        return List.of("git", "push", "origin", "HEAD");
    }

    /** Starts {@code command} in {@code dir} unless a run is going on; whether it started. */
    synchronized boolean start(String what, List<String> command, Path dir, Path log) throws IOException {
        if (state() == State.RUNNING) {
            return false;
        }
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("GIT_TERMINAL_PROMPT", "0"); // a push that needs a password fails, never waits
        builder.environment().remove("MAVEN_ARGS");
        // before the start: what the run writes is never older than its start
        Instant starting = Instant.now();
        this.process = builder.start();
        this.process.getOutputStream().close();
        this.log = log;
        this.started = starting;
        this.what = what;
        this.timedOut = false;
        return true;
    }

    /** Where the run stands; one past its time limit is stopped, with whatever it started. */
    synchronized State state() {
        if (process == null) {
            return State.NONE;
        }
        if (process.isAlive() && Duration.between(started, Instant.now()).toMinutes() >= LIMIT_MINUTES) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            timedOut = true;
        }
        if (process.isAlive()) {
            return State.RUNNING;
        }
        return !timedOut && process.exitValue() == 0 ? State.DONE : State.FAILED;
    }

    /** When the last run started, or null before any. */
    synchronized Instant started() {
        return started;
    }

    synchronized String what() {
        return what;
    }

    synchronized boolean timedOut() {
        return timedOut;
    }

    /** The last {@code lines} lines the run printed, colours removed. */
    synchronized List<String> tail(int lines) {
        if (log == null || !Files.exists(log)) {
            return List.of();
        }
        try {
            List<String> all = Files.readString(log, StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "")
                    .lines().toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Stops a run still going when the preview stops. */
    synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }
}
