package vn.congkhai.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.word.WordSamples;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product as another machine gets it: released with the README's one command into a plain folder, served as
 * static files over HTTP, and used by a Maven whose local repository starts empty. Maven Central is stood in for by
 * the developer's local repository with the product hidden (third-party libraries only, with what it lacks fetched
 * from Central itself), so every file of the product the commune uses comes from the release.
 */
class ReleaseIT {

    private static final String PRODUCT = "vn/congkhai/";
    private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

    @TempDir
    Path tmp;

    @Test
    void aCommuneOnANewMachineIsMadeBakedAndPreviewedFromTheReleaseAndUpgradesByItsVersionNumber() throws Exception {
        Path sources = copyOfTheProduct(tmp.resolve("nguon"));
        Path published = tmp.resolve("kho-cua-tinh");
        release(sources, "9.0.0", published);
        assertThat(published.resolve(PRODUCT + "cong-khai-commune/9.0.0/cong-khai-commune-9.0.0.pom"))
                .content(StandardCharsets.UTF_8).contains("<version>9.0.0</version>").doesNotContain("${revision}");
        assertThat(published.resolve(PRODUCT + "cong-khai-generator/9.0.0/cong-khai-generator-9.0.0.pom"))
                .content(StandardCharsets.UTF_8).contains("<version>9.0.0</version>").doesNotContain("${revision}");
        assertThat(published.resolve("vn/congkhai/xa")).as("the example commune is not part of a release")
                .doesNotExist();

        Path machine = tmp.resolve("may-moi");
        Path empty = machine.resolve("m2");
        try (StaticRepository province = new StaticRepository(published);
             StaticRepository central = new StaticRepository(
                     Path.of(System.getProperty("congkhai.it.user.repo")), PRODUCT, CENTRAL)) {
            Path settings = settingsOfANewMachine(machine, central.url(), province.url());

            // as the province's technical staff set up a commune: in Vietnamese, by the plugin of the release
            Mvn.Run made = Mvn.answering(empty, settings, machine, "Phú Thịnh\nThái Nguyên\n"
                            + "https://phuthinh.thainguyen.gov.vn\n\n", "-q",
                    "vn.congkhai:cong-khai-maven-plugin:9.0.0:tao-xa", "-DkhoPhanMem=" + province.url());
            assertThat(made.status()).as(made.output()).isZero();
            assertThat(made.output()).contains("Tên thư mục [phu-thinh]: Đã tạo trang công khai của xã Phú Thịnh");
            // and as a script would, by Maven's archetype tool with every answer given
            Mvn.Run scripted = Mvn.run(empty, settings, machine, "-B", "-q", "archetype:generate",
                    "-DarchetypeGroupId=vn.congkhai", "-DarchetypeArtifactId=cong-khai-archetype",
                    "-DarchetypeVersion=9.0.0", "-DartifactId=van-phu", "-DtenXa=Văn Phú", "-Dtinh=Thái Nguyên",
                    "-DdiaChiWeb=https://vanphu.thainguyen.gov.vn", "-DkhoPhanMem=" + province.url(),
                    "-DinteractiveMode=false");
            assertThat(scripted.status()).as(scripted.output()).isZero();
            assertThat(machine.resolve("van-phu/pom.xml")).content(StandardCharsets.UTF_8)
                    .contains("<version>9.0.0</version>", "<url>" + province.url() + "</url>");
            Path commune = machine.resolve("phu-thinh");
            String pom = Files.readString(commune.resolve("pom.xml"), StandardCharsets.UTF_8);
            assertThat(pom).contains("<version>9.0.0</version>").doesNotContain("SNAPSHOT")
                    .contains("<url>" + province.url() + "</url>");

            Mvn.Run bake = Mvn.run(empty, settings, commune, "-q", "package");
            assertThat(bake.status()).as(bake.output()).isZero();
            assertThat(commune.resolve("target/site/index.html")).content(StandardCharsets.UTF_8)
                    .contains("Ủy ban nhân dân xã Phú Thịnh");

            Mvn.Run created = Mvn.run(empty, settings, commune, "-B", "cong-khai:tao", "-Dloai=thong-bao",
                    "-Dten=hop-dan-xom");
            assertThat(created.status()).as(created.output()).isZero();
            assertThat(commune.resolve("content/thong-bao/hop-dan-xom.md")).isRegularFile();
            WordSamples.notice(commune);
            Mvn.Run imported = Mvn.run(empty, settings, commune, "-B", "cong-khai:nhap", "-Dtep=thong-bao.docx");
            assertThat(imported.status()).as(imported.output()).isZero();
            Mvn.Run checked = Mvn.run(empty, settings, commune, "-q", "cong-khai:kiem-tra");
            assertThat(checked.status()).as(checked.output()).isZero();
            assertThat(preview(empty, settings, commune)).contains("Phú Thịnh");

            assertThat(versionsOfTheProductIn(empty)).as("the product, only as released")
                    .containsOnly("cong-khai-archetype/9.0.0", "cong-khai-build/9.0.0", "cong-khai-commune/9.0.0",
                            "cong-khai-generator/9.0.0", "cong-khai-maven-plugin/9.0.0");

            Path css = sources.resolve("generator/src/main/resources/theme/assets/css/site.css");
            Files.writeString(css, Files.readString(css) + "\n/* Bản 9.0.1 */\n", StandardCharsets.UTF_8);
            release(sources, "9.0.1", published);
            Files.writeString(commune.resolve("pom.xml"), pom.replace("<version>9.0.0</version>",
                    "<version>9.0.1</version>"), StandardCharsets.UTF_8);

            Mvn.Run upgraded = Mvn.run(empty, settings, commune, "-q", "package");
            assertThat(upgraded.status()).as(upgraded.output()).isZero();
            assertThat(commune.resolve("target/site/css/site.css")).content(StandardCharsets.UTF_8)
                    .contains("/* Bản 9.0.1 */");
            assertThat(versionsOfTheProductIn(empty)).contains("cong-khai-generator/9.0.1",
                    "cong-khai-maven-plugin/9.0.1", "cong-khai-commune/9.0.1");
        }
    }

    @Test
    void aReleaseForMavenCentralHasSourcesJavadocSignaturesAndTheMetadataCentralRequires() throws Exception {
        Path sources = copyOfTheProduct(tmp.resolve("nguon"));
        Path staged = tmp.resolve("cho-central");
        ThrowAwayKey key = new ThrowAwayKey();

        Mvn.Run run = Mvn.run(tmp.resolve("m2-phat-hanh"), Mvn.settings(),
                Map.of("MAVEN_GPG_KEY", key.armouredSecretKey, "MAVEN_GPG_PASSPHRASE", key.passphrase), sources,
                "-B", "-q", "deploy", "-Dphat-hanh", "-Pcentral", "-Drevision=9.0.0",
                "-DaltDeploymentRepository=central-staging::" + staged.toUri());
        assertThat(run.status()).as(run.output()).isZero();

        Map<String, List<String>> files = Map.of(
                "cong-khai-build", List.of(".pom"),
                "cong-khai-commune", List.of(".pom"),
                "cong-khai-generator", List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar"),
                "cong-khai-maven-plugin", List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar"),
                "cong-khai-archetype", List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar"));
        for (var artifact : files.entrySet()) {
            Path folder = staged.resolve(PRODUCT + artifact.getKey() + "/9.0.0");
            for (String suffix : artifact.getValue()) {
                Path file = folder.resolve(artifact.getKey() + "-9.0.0" + suffix);
                assertThat(file).isRegularFile();
                assertThat(file.resolveSibling(file.getFileName() + ".sha1")).isRegularFile();
                assertThat(key.signed(file, file.resolveSibling(file.getFileName() + ".asc")))
                        .as("%s is signed by the release key", file.getFileName()).isTrue();
            }
            Path pom = folder.resolve(artifact.getKey() + "-9.0.0.pom");
            for (String element : List.of("name", "description", "url", "licenses/license/name",
                    "developers/developer/name", "scm/url", "scm/connection")) {
                assertThat(PomMetadata.inherited(staged, pom, element)).as("%s in %s", element, pom.getFileName())
                        .isNotBlank();
            }
        }
        Path generator = staged.resolve(PRODUCT + "cong-khai-generator/9.0.0");
        assertThat(key.signed(generator.resolve("cong-khai-generator-9.0.0.pom"),
                generator.resolve("cong-khai-generator-9.0.0.jar.asc"))).as("the check of a signature can fail")
                .isFalse();
        assertThat(staged.resolve(PRODUCT + "cong-khai-generator/9.0.0/cong-khai-generator-9.0.0-javadoc.jar"))
                .satisfies(javadoc -> assertThat(PomMetadata.entries(javadoc)).contains("index.html"));
        assertThat(run.output()).doesNotContain(key.passphrase);
    }

    /** The README's release command, run on a copy of this repository's sources. */
    private static void release(Path sources, String version, Path repository) throws Exception {
        Mvn.Run run = Mvn.run(sources.resolveSibling("m2-phat-hanh"), Mvn.settings(), sources, "-B", "-q", "deploy",
                "-Dphat-hanh", "-Drevision=" + version, "-DaltDeploymentRepository=tinh::" + repository.toUri());
        assertThat(run.status()).as(run.output()).isZero();
    }

    /** The product's sources as a clean checkout has them (no build output, no example commune's module). */
    private static Path copyOfTheProduct(Path target) throws IOException {
        Path root = Path.of(System.getProperty("congkhai.root")).toAbsolutePath().normalize();
        Set<String> kept = Set.of("pom.xml", ".mvn", "generator", "cong-khai-maven-plugin", "commune-parent",
                "cong-khai-archetype", "communes");
        try (Stream<Path> top = Files.list(root)) {
            for (Path entry : top.filter(p -> kept.contains(p.getFileName().toString())).toList()) {
                copy(entry, target.resolve(entry.getFileName().toString()));
            }
        }
        return target;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.getFileName().toString().equals("target")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * A new office PC's settings: Maven Central (here its stand-in) and, as Maven's archetype tool asks, the
     * repository of the archetype under the id {@code archetype}; nothing else. The commune's pom.xml names the
     * province's repository itself.
     */
    private static Path settingsOfANewMachine(Path machine, String central, String province) throws IOException {
        Files.createDirectories(machine);
        Path settings = machine.resolve("settings.xml");
        Files.writeString(settings, "<settings><mirrors><mirror><id>central-stand-in</id><mirrorOf>central</mirrorOf>"
                + "<url>" + central + "</url></mirror></mirrors>"
                + "<profiles><profile><id>cong-khai</id><repositories><repository><id>archetype</id><url>" + province
                + "</url></repository></repositories><pluginRepositories><pluginRepository><id>cong-khai</id><url>"
                + province + "</url></pluginRepository></pluginRepositories></profile></profiles>"
                + "<activeProfiles><activeProfile>cong-khai</activeProfile></activeProfiles></settings>\n",
                StandardCharsets.UTF_8);
        return settings;
    }

    /** {@code mvnw jetty:run} as an officer starts it: the home page it serves, then the preview is stopped. */
    private static String preview(Path repository, Path settings, Path commune) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = commune.resolve("target/xem-truoc.log");
        Process jetty = Mvn.start(repository, settings, commune, log, "-B", "jetty:run", "-Djetty.http.port=" + port);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(60)).build();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (System.nanoTime() < deadline && jetty.isAlive()) {
                try {
                    HttpResponse<String> page = client.send(home, HttpResponse.BodyHandlers.ofString());
                    if (page.statusCode() == 200) {
                        return page.body();
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new AssertionError("the preview served no home page:\n" + Files.readString(log));
        } finally {
            Mvn.stop(jetty);
        }
    }

    /** The product's artifacts and versions a local repository holds, as {@code artifact/version}. */
    private static List<String> versionsOfTheProductIn(Path repository) throws IOException {
        Path product = repository.resolve(PRODUCT);
        if (!Files.isDirectory(product)) {
            return List.of();
        }
        try (Stream<Path> artifacts = Files.list(product)) {
            return artifacts.flatMap(a -> {
                try (Stream<Path> versions = Files.list(a)) {
                    return versions.filter(Files::isDirectory)
                            .map(v -> a.getFileName() + "/" + v.getFileName()).toList().stream();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
        }
    }
}
