package vn.congkhai.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import vn.congkhai.maven.CommuneAnswers.Answer;
import vn.congkhai.maven.CommuneAnswers.Question;
import vn.congkhai.maven.CommuneAnswers.WrongAnswer;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code mvn vn.congkhai:cong-khai-maven-plugin:<bản>:tao-xa}: a new commune's folder, from this version's archetype.
 * It asks in Vietnamese (the commune's name, its province, its site's address, the folder's name derived from the
 * name), checks each answer as it is given and asks again on a wrong one, then runs the archetype tool with the checked
 * answers. Answers given with {@code -DtenXa=…} are not asked; under {@code -B} a missing or wrong one is refused.
 */
@Mojo(name = "tao-xa", requiresProject = false, aggregator = true, threadSafe = true)
public class NewCommuneMojo extends AbstractMojo {

    /** The archetype this plugin is released with: same group, same version. */
    static final String ARCHETYPE = "cong-khai-archetype";
    /** The archetype tool's version, the one the archetype is built and tested with. */
    static final String ARCHETYPE_TOOL_VERSION = "3.4.0";
    /** Wrong answers to one question before the set-up stops: nothing loops for ever on a closed input. */
    static final int TRIES = 5;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Component
    private BuildPluginManager plugins;

    /** The Maven repository the commune fetches Công khai from; Maven Central unless the province hosts its own. */
    @Parameter(property = "khoPhanMem")
    private String khoPhanMem;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        PrintStream out = System.out; // questions are for the officer, not Maven's log, and show under -q too
        Path here = Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        boolean interactive = session.getRequest().isInteractiveMode();
        Map<Question, Answer> answers = new EnumMap<>(Question.class);
        BufferedReader in = null;
        for (Question question : Question.values()) {
            String given = session.getUserProperties().getProperty(question.property);
            String fallback = question == Question.THU_MUC
                    ? CommuneAnswers.folderFor(answers.get(Question.TEN_XA).value()) : null;
            if (given == null && !interactive) {
                given = fallback;
            }
            for (int tries = 1; ; tries++) {
                String typed = given;
                if (typed == null && !interactive) {
                    throw refused("thiếu " + question.label + ". Cách sửa: chạy lại với -D" + question.property + "="
                            + quoted(question.example) + ".");
                }
                if (typed == null) {
                    if (in == null) {
                        in = input();
                        out.println("Tạo trang công khai cho một xã mới. Trả lời " + Question.values().length
                                + " câu hỏi; nhấn Enter để nhận giá trị trong ngoặc vuông.");
                    }
                    out.print(question.label + (fallback != null ? " [" + fallback + "]: "
                            : " (ví dụ: " + question.example + "): "));
                    out.flush();
                    typed = readLine(in, question);
                    if (typed.isBlank() && fallback != null) {
                        typed = fallback;
                    }
                }
                try {
                    Answer answer = CommuneAnswers.check(question, typed);
                    if (question == Question.THU_MUC && Files.exists(here.resolve(answer.value()))) {
                        throw new WrongAnswer("Thư mục \"" + answer.value() + "\" đã có ở " + here
                                + " (có thể là xã đã tạo trước đây)", answer.value() + "-moi");
                    }
                    answer.note().ifPresent(out::println);
                    answers.put(question, answer);
                    break;
                } catch (WrongAnswer wrong) {
                    if (given != null || tries == TRIES) {
                        throw refused(question, wrong);
                    }
                    out.println("  " + wrong.getMessage() + ". Ví dụ: " + wrong.example + ". Hãy nhập lại.");
                }
            }
        }
        if (khoPhanMem != null) {
            try {
                CommuneAnswers.repository(khoPhanMem);
            } catch (WrongAnswer wrong) {
                throw refused(wrong.getMessage() + ". Cách sửa: viết dạng " + wrong.example
                        + ", hoặc bỏ -DkhoPhanMem để dùng Maven Central.");
            }
        }
        answers.forEach((question, answer) -> session.getUserProperties().setProperty(question.property,
                answer.value()));
        generate(here);
        String folder = answers.get(Question.THU_MUC).value();
        out.println("Đã tạo trang công khai của xã " + answers.get(Question.TEN_XA).value() + " ở thư mục "
                + here.resolve(folder) + ". Bước tiếp theo: mở thư mục đó và đọc HUONG-DAN.md; xem thử trang bằng "
                + "lệnh mvnw jetty:run (Windows: mvnw.cmd jetty:run).");
    }

    private MojoFailureException refused(Question question, WrongAnswer wrong) {
        return refused(wrong.getMessage() + ". Cách sửa: chạy lại với -D" + question.property + "="
                + quoted(wrong.example) + ".");
    }

    /** The reason on a line of its own, as the archetype's script and the officers' goals print theirs. */
    private MojoFailureException refused(String reason) {
        getLog().error("Chưa tạo được trang của xã: " + reason);
        return new MojoFailureException("Chưa tạo được trang của xã (xem lý do ở trên).");
    }

    private static String quoted(String value) {
        return value.contains(" ") ? "\"" + value + "\"" : value;
    }

    /** The officer's typing: the console's own encoding, or UTF-8 when the answers come from a pipe. */
    private static BufferedReader input() {
        Console console = System.console();
        return new BufferedReader(console != null ? console.reader()
                : new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    private String readLine(BufferedReader in, Question question) throws MojoFailureException {
        try {
            String line = in.readLine();
            if (line == null) {
                throw refused("chưa có câu trả lời cho \"" + question.label + "\". Cách sửa: chạy lại và trả lời, "
                        + "hoặc cho sẵn bằng -D" + question.property + "=" + quoted(question.example) + ".");
            }
            return line;
        } catch (IOException e) {
            throw refused("không đọc được câu trả lời (" + e.getMessage() + ").");
        }
    }

    /** Maven's archetype tool, in this Maven, with the checked answers in the session and no questions of its own. */
    private void generate(Path into) throws MojoExecutionException, MojoFailureException {
        Plugin tool = new Plugin();
        tool.setGroupId("org.apache.maven.plugins");
        tool.setArtifactId("maven-archetype-plugin");
        tool.setVersion(ARCHETYPE_TOOL_VERSION);
        Xpp3Dom ours = new Xpp3Dom("configuration");
        Map.of("archetypeGroupId", plugin.getGroupId(), "archetypeArtifactId", ARCHETYPE,
                        "archetypeVersion", plugin.getVersion(), "interactiveMode", "false",
                        "outputDirectory", into.toString())
                .forEach((name, value) -> {
                    Xpp3Dom child = new Xpp3Dom(name);
                    child.setValue(value);
                    ours.addChild(child);
                });
        try {
            MojoDescriptor goal = plugins.getMojoDescriptor(tool, "generate",
                    session.getCurrentProject().getRemotePluginRepositories(), session.getRepositorySession());
            Xpp3Dom configuration = Xpp3Dom.mergeXpp3Dom(ours, xpp3(goal.getMojoConfiguration()));
            plugins.executeMojo(session, new MojoExecution(goal, configuration));
        } catch (MojoExecutionException | MojoFailureException e) {
            throw e;
        } catch (Exception e) { // the tool could not be fetched or started: Maven's own message says why
            throw new MojoExecutionException("Chưa tạo được trang của xã: không chạy được công cụ tạo dự án của Maven "
                    + "(maven-archetype-plugin " + ARCHETYPE_TOOL_VERSION + "): " + e.getMessage(), e);
        }
    }

    /** A goal's default configuration (its parameters' expressions), as the tree {@link MojoExecution} takes. */
    private static Xpp3Dom xpp3(PlexusConfiguration configuration) {
        Xpp3Dom tree = new Xpp3Dom(configuration.getName());
        tree.setValue(configuration.getValue(null));
        for (String name : configuration.getAttributeNames()) {
            tree.setAttribute(name, configuration.getAttribute(name, null));
        }
        for (PlexusConfiguration child : configuration.getChildren()) {
            tree.addChild(xpp3(child));
        }
        return tree;
    }
}
