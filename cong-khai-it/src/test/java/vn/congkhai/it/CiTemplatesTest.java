package vn.congkhai.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.congkhai.bake.BakeReceipt;
import vn.congkhai.bake.Bakery;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI files a commune gets from the archetype (GitHub Actions, GitLab CI) and the province's matrix workflow,
 * parsed: the jobs and steps a commune needs, in order, and every property and file they name checked against the
 * plugin's own descriptor and the generator's own paths, so that a renamed parameter breaks here, not in a
 * commune's CI. (.ci/run also lints the GitHub workflows with actionlint.)
 */
class CiTemplatesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path COMMUNE = ROOT.resolve("communes/luc-ba");
    private static final Pattern PROPERTY = Pattern.compile("-D([\\w.-]+)=");
    private static final Path SITE = Path.of("target/site");

    private static JsonNode yaml(Path file) throws Exception {
        return new YAMLMapper().readTree(file.toFile());
    }

    /** The {@code -D} properties of the {@code dang} goal and their defaults, from the plugin's descriptor. */
    private static Map<String, String> publishGoalProperties() throws Exception {
        List<URL> descriptors = Collections.list(CiTemplatesTest.class.getClassLoader()
                .getResources("META-INF/maven/plugin.xml"));
        for (URL url : descriptors) {
            try (InputStream in = url.openStream()) {
                Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                        .getDocumentElement();
                if (!"cong-khai".equals(text(plugin, "goalPrefix"))) {
                    continue;
                }
                NodeList mojos = plugin.getElementsByTagName("mojo");
                for (int i = 0; i < mojos.getLength(); i++) {
                    Element mojo = (Element) mojos.item(i);
                    if (!"dang".equals(text(mojo, "goal"))) {
                        continue;
                    }
                    Map<String, String> properties = new HashMap<>();
                    NodeList configuration = ((Element) mojo.getElementsByTagName("configuration").item(0))
                            .getChildNodes();
                    for (int j = 0; j < configuration.getLength(); j++) {
                        Node node = configuration.item(j);
                        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(node.getTextContent());
                        if (node instanceof Element e && m.matches()) {
                            properties.put(m.group(1), e.getAttribute("default-value"));
                        }
                    }
                    return properties;
                }
            }
        }
        throw new AssertionError("no descriptor of the cong-khai plugin on the class path: " + descriptors);
    }

    private static String text(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent();
            }
        }
        return null;
    }

    private static List<String> names(JsonNode steps) {
        List<String> names = new ArrayList<>();
        steps.forEach(s -> names.add(s.path("name").asText()));
        return names;
    }

    private static JsonNode step(JsonNode steps, String name) {
        for (JsonNode s : steps) {
            if (s.path("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no step " + name);
    }

    /** The publish command's properties are the goal's, and the login is the goal's default server entry. */
    private static void assertPublishCommand(String script) throws Exception {
        Map<String, String> goal = publishGoalProperties();
        assertThat(script).contains("mvnw -B").contains("cong-khai:dang");
        Matcher m = PROPERTY.matcher(script.substring(script.indexOf("cong-khai:dang")));
        List<String> used = new ArrayList<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(used).containsExactly("cong-khai.dang.dich", "cong-khai.dang.dia-chi-web");
        assertThat(goal).containsKeys(used.toArray(String[]::new));
        assertThat(script).contains("<id>" + goal.get("cong-khai.dang.may-chu") + "</id>")
                .contains("${env.CONG_KHAI_MAT_KHAU}").contains("~/.ssh/known_hosts")
                .as("secrets reach the script through the environment only").doesNotContain("secrets.");
    }

    /**
     * What CI keeps between runs so that a commit re-bakes only what changed: the last bake's site, its state (each
     * page's fingerprint) and the printouts' cache, where the generator puts them.
     */
    private static List<String> lastBake(String prefix) {
        return java.util.stream.Stream.of(SITE.toAbsolutePath(), Bakery.bakeCacheFor(SITE), Bakery.pdfCacheFor(SITE))
                .map(p -> prefix + relative(p)).toList();
    }

    private static String relative(Path absolute) {
        return Path.of("").toAbsolutePath().relativize(absolute).toString().replace('\\', '/');
    }

    @Test
    void theCommunesGitHubWorkflowChecksBakesKeepsThePrintoutsAndPublishesOnlyFromMain() throws Exception {
        JsonNode workflow = yaml(COMMUNE.resolve(".github/workflows/cong-khai.yml"));
        assertThat(workflow.path("on").path("push").path("branches")).containsExactly(
                new YAMLMapper().readTree("main"));
        assertThat(workflow.path("permissions").path("contents").asText()).isEqualTo("read");
        assertThat(workflow.path("jobs").size()).isOne();
        JsonNode steps = workflow.path("jobs").path("kiem-tra-va-dang").path("steps");
        assertThat(names(steps)).containsExactly("Lấy nội dung", "Cài Java 17",
                "Giữ kết quả lần tạo trước giữa các lần chạy", "Kiểm tra nội dung và tạo trang", "Đăng lên mạng");
        assertThat(step(steps, "Lấy nội dung").path("with").path("fetch-depth").asInt(-1)).isZero();
        assertThat(step(steps, "Cài Java 17").path("with").path("java-version").asText()).isEqualTo("17");
        assertThat(step(steps, "Giữ kết quả lần tạo trước giữa các lần chạy").path("with").path("path").asText()
                .lines().toList()).isEqualTo(lastBake(""));
        assertThat(step(steps, "Kiểm tra nội dung và tạo trang").path("run").asText().strip())
                .isEqualTo("sh mvnw -B -q verify");
        JsonNode publish = step(steps, "Đăng lên mạng");
        assertThat(publish.path("if").asText()).isEqualTo("github.event_name == 'push' && github.ref == "
                + "'refs/heads/main'");
        assertThat(publish.path("env").path("CONG_KHAI_MAT_KHAU").asText())
                .isEqualTo("${{ secrets.CONG_KHAI_MAT_KHAU }}");
        assertPublishCommand(publish.path("run").asText());
    }

    @Test
    void theGitHubPublishStepSkipsNamingTheMissingSecretsAndPublishesOnceAllAreSet(@TempDir Path tmp)
            throws Exception {
        JsonNode steps = yaml(COMMUNE.resolve(".github/workflows/cong-khai.yml")).path("jobs").path("kiem-tra-va-dang")
                .path("steps");
        assertPublishScriptSkipsThenPublishes(step(steps, "Đăng lên mạng").path("run").asText(), tmp);
    }

    @Test
    void theGitLabPublishJobSkipsNamingTheMissingVariablesAndPublishesOnceAllAreSet(@TempDir Path tmp)
            throws Exception {
        StringBuilder script = new StringBuilder();
        yaml(COMMUNE.resolve(".gitlab-ci.yml")).path("dang").path("script")
                .forEach(line -> script.append(line.asText()).append('\n'));
        assertPublishScriptSkipsThenPublishes(script.toString(), tmp);
    }

    /**
     * The publish script run by a real shell, as CI runs it (stopping at the first failing command), in a commune
     * folder whose {@code mvnw} only records how it was called: with no secrets and with some, it says which are
     * missing and succeeds without publishing; with all five it writes the login and the host key and publishes.
     */
    private static void assertPublishScriptSkipsThenPublishes(String script, Path tmp) throws Exception {
        Files.writeString(tmp.resolve("mvnw"), "printf '%s\\n' \"$@\" > mvnw-duoc-goi\n");
        Map<String, String> all = Map.of("CONG_KHAI_TAI_KHOAN", "lucba", "CONG_KHAI_MAT_KHAU", "mat-khau",
                "CONG_KHAI_KNOWN_HOSTS", "may-chu ssh-ed25519 AAAA", "CONG_KHAI_DICH",
                "sftp://may-chu/srv/cong-khai/luc-ba", "CONG_KHAI_DIA_CHI_WEB", "https://lucba.thainguyen.gov.vn");
        Shell none = shell(script, tmp, Map.of());
        assertThat(none.status()).as(none.output()).isZero();
        assertThat(none.output().strip()).startsWith("Chưa đăng lên mạng: chưa đặt biến bí mật CONG_KHAI_TAI_KHOAN "
                + "CONG_KHAI_MAT_KHAU CONG_KHAI_KNOWN_HOSTS CONG_KHAI_DICH CONG_KHAI_DIA_CHI_WEB. Nội dung đã được kiểm "
                + "tra và tạo trang.");
        Map<String, String> some = new HashMap<>(all);
        some.remove("CONG_KHAI_KNOWN_HOSTS");
        some.put("CONG_KHAI_DICH", "");
        Shell part = shell(script, tmp, some);
        assertThat(part.status()).as(part.output()).isZero();
        assertThat(part.output()).contains("chưa đặt biến bí mật CONG_KHAI_KNOWN_HOSTS CONG_KHAI_DICH. ");
        assertThat(tmp.resolve("mvnw-duoc-goi")).as("nothing is published").doesNotExist();

        Shell published = shell(script, tmp, all);
        assertThat(published.status()).as(published.output()).isZero();
        assertThat(published.output()).doesNotContain("Chưa đăng");
        assertThat(Files.readAllLines(tmp.resolve("mvnw-duoc-goi"))).containsExactly("-B", "cong-khai:dang",
                "-Dcong-khai.dang.dich=sftp://may-chu/srv/cong-khai/luc-ba",
                "-Dcong-khai.dang.dia-chi-web=https://lucba.thainguyen.gov.vn");
        assertThat(tmp.resolve("home/.ssh/known_hosts")).content().isEqualTo("may-chu ssh-ed25519 AAAA\n");
        assertThat(tmp.resolve("home/.m2/settings.xml")).content().contains("<id>cong-khai-dang</id>");
    }

    private record Shell(int status, String output) {
    }

    private static Shell shell(String script, Path dir, Map<String, String> secrets) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Command.Result run = Command.run(List.of("sh", "-e", "-c", script), dir, environment -> {
            environment.keySet().removeIf(name -> name.startsWith("CONG_KHAI_"));
            environment.put("HOME", home.toString());
            environment.putAll(secrets);
        }, 30);
        return new Shell(run.status(), run.output());
    }

    @Test
    void theCommunesGitLabPipelineChecksThenPublishesTheSameSiteFromTheDefaultBranch() throws Exception {
        JsonNode pipeline = yaml(COMMUNE.resolve(".gitlab-ci.yml"));
        assertThat(pipeline.path("stages").toString()).isEqualTo("[\"kiem-tra\",\"dang\"]");
        assertThat(pipeline.path("variables").path("GIT_DEPTH").asText()).isEqualTo("0");
        List<String> cached = new ArrayList<>();
        pipeline.path("cache").path("paths").forEach(p -> cached.add(p.asText()));
        assertThat(cached).containsSubsequence(lastBake(""));
        JsonNode check = pipeline.path("kiem-tra");
        assertThat(check.path("script").get(0).asText()).isEqualTo("sh mvnw -B -q verify");
        assertThat(check.path("artifacts").path("paths").toString()).isEqualTo("[\"target/site\",\""
                + relative(BakeReceipt.pathFor(SITE)) + "\"]");
        JsonNode publish = pipeline.path("dang");
        assertThat(publish.path("stage").asText()).isEqualTo("dang");
        assertThat(publish.path("needs").toString()).isEqualTo("[\"kiem-tra\"]");
        assertThat(publish.path("rules").get(0).path("if").asText()).isEqualTo("$CI_COMMIT_BRANCH == "
                + "$CI_DEFAULT_BRANCH");
        StringBuilder script = new StringBuilder();
        publish.path("script").forEach(line -> script.append(line.asText()).append('\n'));
        assertPublishCommand(script.toString());
    }

    @Test
    void theProvinceWorkflowIsOneJobPerCommuneEachToItsOwnFolder() throws Exception {
        JsonNode workflow = yaml(ROOT.resolve("docs/tinh/cong-khai-tinh.yml"));
        JsonNode job = workflow.path("jobs").path("xa");
        assertThat(job.path("strategy").path("fail-fast").asBoolean(true)).isFalse();
        JsonNode communes = job.path("strategy").path("matrix").path("include");
        assertThat(communes.size()).isGreaterThanOrEqualTo(2);
        List<String> folders = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        communes.forEach(c -> {
            folders.add(c.path("xa").asText());
            addresses.add(c.path("dia_chi_web").asText());
        });
        assertThat(folders).doesNotHaveDuplicates().allMatch(f -> f.matches("[a-z0-9-]+"));
        assertThat(addresses).doesNotHaveDuplicates().allMatch(a -> a.startsWith("https://"));
        assertThat(job.path("concurrency").path("group").asText()).contains("${{ matrix.xa }}");
        JsonNode steps = job.path("steps");
        assertThat(step(steps, "Giữ kết quả lần tạo trước của xã giữa các lần chạy").path("with").path("path")
                .asText().lines().toList()).isEqualTo(lastBake("${{ matrix.xa }}/"));
        assertThat(step(steps, "Kiểm tra nội dung và tạo trang").path("run").asText())
                .contains("-f \"${{ matrix.xa }}/pom.xml\" verify");
        JsonNode publish = step(steps, "Đăng lên mạng");
        assertThat(publish.path("env").path("XA").asText()).isEqualTo("${{ matrix.xa }}");
        assertThat(publish.path("env").path("DIA_CHI_WEB").asText()).isEqualTo("${{ matrix.dia_chi_web }}");
        String run = publish.path("run").asText();
        assertThat(run).contains("-f \"$XA/pom.xml\"").contains("-Dcong-khai.dang.dich=\"$CONG_KHAI_MAY_CHU/$XA\"")
                .contains("-Dcong-khai.dang.dia-chi-web=\"$DIA_CHI_WEB\"");
        assertPublishCommand(run);
    }
}
