package vn.congkhai.it;

import vn.congkhai.testing.SftpTestServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The Maven running this build, started as an officer would start it, in a folder, with its output captured. */
final class Mvn {

    static final String VERSION = System.getProperty("congkhai.it.version", "0.1.0-SNAPSHOT");

    private Mvn() {
    }

    /** What Maven printed (colours removed) and its exit status. */
    record Run(int status, String output) {

        List<String> lines() {
            return output.lines().toList();
        }
    }

    static Run run(Path dir, String... args) throws IOException, InterruptedException {
        return run(Path.of(System.getProperty("congkhai.it.repo")), settings(), dir, args);
    }

    /** Maven with a local repository and settings of the caller's: a machine other than the developer's. */
    static Run run(Path localRepository, Path settings, Path dir, String... args)
            throws IOException, InterruptedException {
        return run(localRepository, settings, Map.of(), dir, args);
    }

    /** As {@link #run(Path, String...)}, the login to the publish server ({@code cong-khai-dang}) as {@code login}. */
    static Run runLoggedIn(Path dir, String login, String... args) throws IOException, InterruptedException {
        return run(Path.of(System.getProperty("congkhai.it.repo")),
                settings("it-settings-" + Integer.toHexString(login.hashCode()) + ".xml", login), dir, args);
    }

    /** The same, with variables added to Maven's environment (a signing key, as CI passes it). */
    static Run run(Path localRepository, Path settings, Map<String, String> environment, Path dir, String... args)
            throws IOException, InterruptedException {
        return run(localRepository, settings, environment, dir, "", args);
    }

    /** As {@link #run(Path, String...)}, {@code typed} given to Maven as the keyboard, UTF-8, line by line. */
    static Run answering(Path dir, String typed, String... args) throws IOException, InterruptedException {
        return run(Path.of(System.getProperty("congkhai.it.repo")), settings(), Map.of(), dir, typed, args);
    }

    /** As {@link #run(Path, Path, Path, String...)}, with {@code typed} as the keyboard. */
    static Run answering(Path localRepository, Path settings, Path dir, String typed, String... args)
            throws IOException, InterruptedException {
        return run(localRepository, settings, Map.of(), dir, typed, args);
    }

    private static Run run(Path localRepository, Path settings, Map<String, String> environment, Path dir,
                           String typed, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile("mvn-", ".log");
        try {
            Process process = start(localRepository, settings, environment, dir, log, typed, args);
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly); // the bake JVMs it started, too
                process.destroyForcibly();
                throw new AssertionError("mvn " + String.join(" ", args) + " did not end in 10 minutes");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "");
            return new Run(process.exitValue(), output);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Maven started in the background, printing into {@code log}; the caller stops it. */
    static Process start(Path localRepository, Path settings, Path dir, Path log, String... args) throws IOException {
        return start(localRepository, settings, Map.of(), dir, log, "", args);
    }

    /** Stops a Maven started by {@link #start} and whatever it started, each wait bounded. */
    static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Process start(Path localRepository, Path settings, Map<String, String> environment, Path dir,
            Path log, String typed, String... args) throws IOException {
        String home = System.getProperty("maven.home");
        boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
        List<String> command = new ArrayList<>();
        command.add(Path.of(home, "bin", windows ? "mvn.cmd" : "mvn").toString());
        command.add("-Dmaven.repo.local=" + localRepository);
        command.addAll(List.of("-s", settings.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("MAVEN_ARGS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        try (var keyboard = process.getOutputStream()) { // then closed: a question asked once more reads its end
            keyboard.write(typed.getBytes(StandardCharsets.UTF_8));
        }
        return process;
    }

    /**
     * Settings that read the user's local repository as a remote one (before Maven Central), so that the started
     * Maven finds Maven's own plugins without downloading them again and without writing to the user's repository;
     * and the login to the test SFTP server ({@code cong-khai-dang}), as an officer's settings.xml holds it.
     */
    static Path settings() throws IOException {
        return settings("it-settings.xml", "<username>" + SftpTestServer.USER + "</username><password>"
                + SftpTestServer.PASSWORD + "</password>");
    }

    /** The same settings, with {@code login} (the elements of the {@code <server>} entry) as the publish login. */
    private static synchronized Path settings(String name, String login) throws IOException {
        Path settings = Path.of(System.getProperty("congkhai.it.repo")).resolveSibling(name);
        String url = Path.of(System.getProperty("congkhai.it.user.repo")).toUri().toString();
        String repository = "<id>user-local</id><url>" + url + "</url>"
                + "<releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots>";
        Files.writeString(settings, "<settings><profiles><profile><id>user-local</id>"
                + "<repositories><repository>" + repository + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles><activeProfiles><activeProfile>user-local</activeProfile></activeProfiles>"
                + "<servers><server><id>cong-khai-dang</id>" + login + "</server></servers>"
                + "</settings>\n", StandardCharsets.UTF_8);
        return settings;
    }

    /** A new commune from the archetype, in {@code parent/<id>}, without asking (the answers given here). */
    static Path generate(Path parent, String id, String name, String province, String address)
            throws IOException, InterruptedException {
        Files.createDirectories(parent);
        Run run = run(parent, "-B", "-q", "archetype:generate", "-DarchetypeGroupId=vn.congkhai",
                "-DarchetypeArtifactId=cong-khai-archetype", "-DarchetypeVersion=" + VERSION,
                "-DartifactId=" + id, "-DtenXa=" + name, "-Dtinh=" + province, "-DdiaChiWeb=" + address,
                "-DinteractiveMode=false");
        if (run.status() != 0) {
            throw new AssertionError(run.output());
        }
        return parent.resolve(id);
    }
}
