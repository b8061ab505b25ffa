package vn.congkhai.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congkhai.text.Markdown;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.problem.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.congkhai.content.MarkdownLimits.MAX_BLOCK_DEPTH;
import static vn.congkhai.content.MarkdownLimits.MAX_INLINE_DEPTH;

/**
 * Markdown nested deep enough to overflow flexmark's stack is reported before parsing; anything the check lets
 * through parses, with flexmark set up as the site sets it up, on a thread with the default stack.
 */
class MarkdownLimitsTest {

    private static final String PATH = "content/thong-bao/sau.md";
    private static final int BODY_LINE = 7;
    private static final String BLOCK = "trích dẫn (>) và danh sách lồng nhau quá sâu (%d tầng, tối đa 16). Cách sửa: "
            + "bớt tầng lồng nhau; mỗi dấu > ở đầu dòng và mỗi mức thụt lề của danh sách là một tầng.";
    private static final String INLINE = "dấu nhấn mạnh (*, _, ~~) hoặc ngoặc vuông [ ] lồng nhau quá sâu (hơn 128 tầng "
            + "trong một dòng). Cách sửa: xoá các dấu *, _, ~ và [ thừa, chưa được đóng, trong dòng này.";

    /** Block containers nested {@code depth} levels deep, and the line (from 0) where the deepest level starts. */
    record Shape(String name, IntFunction<String> body, IntFunction<Integer> deepestLine) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Shape> blockShapes() {
        return Stream.of(
                new Shape("trích dẫn", d -> "> ".repeat(d) + "x", d -> 0),
                new Shape("trích dẫn liền", d -> ">".repeat(d) + " x", d -> 0),
                new Shape("trích dẫn bậc thang", d -> lines(d, i -> ">".repeat(i + 1) + " x"), d -> d - 1),
                new Shape("gạch đầu dòng trên một dòng", d -> "- ".repeat(d) + "x", d -> 0),
                new Shape("số thứ tự trên một dòng", d -> "1. ".repeat(d) + "x", d -> 0),
                new Shape("gạch đầu dòng thụt lề", d -> lines(d, i -> "  ".repeat(i) + "- x"), d -> d - 1),
                new Shape("số thứ tự thụt lề", d -> lines(d, i -> "   ".repeat(i) + "1. x"), d -> d - 1),
                new Shape("thụt lề có dòng nối", d -> lines(d, i -> "  ".repeat(i) + "- x\nnối tiếp"), d -> 2 * (d - 1)),
                new Shape("trích dẫn và danh sách", d -> IntStream.range(0, d).mapToObj(i -> i % 2 == 0 ? "> " : "- ")
                        .collect(joining()) + "x", d -> 0),
                new Shape("định nghĩa", d -> lines(d, i -> "    ".repeat(i) + "Thuật ngữ\n" + "    ".repeat(i) + ": x"),
                        d -> 2 * d - 1));
    }

    /** Emphasis, strikethrough, links and images nested in a line so that the check counts {@code depth}. */
    static Stream<Shape> inlineShapes() {
        return Stream.of(
                new Shape("nhấn mạnh", d -> "a " + "*a ".repeat(d) + "x" + " b*".repeat(d), d -> 0),
                new Shape("nhấn mạnh xen kẽ", d -> "a " + IntStream.range(0, d).mapToObj(i -> i % 2 == 0 ? "*a " : "_b ")
                        .collect(joining()) + "x" + IntStream.range(0, d).mapToObj(i -> i % 2 == 0 ? "_ b" : "* b")
                        .collect(joining()), d -> 0),
                new Shape("chữ đậm", d -> "a " + "**a ".repeat(d / 2) + "x" + " b**".repeat(d / 2), d -> 0),
                new Shape("gạch ngang", d -> "a " + "~~a ".repeat(d / 2) + "x" + " b~~".repeat(d / 2), d -> 0),
                new Shape("ảnh lồng nhau", d -> "![".repeat(d) + "x" + "](/a.png)".repeat(d), d -> 0),
                new Shape("liên kết trong ảnh", d -> "[![".repeat(d / 2) + "x" + "](/a.png)](/b.html)".repeat(d / 2),
                        d -> 0),
                new Shape("trong ô bảng", d -> "| a | " + "![".repeat(d) + "x" + "](/a.png)".repeat(d) + " |", d -> 0));
    }

    private static String lines(int count, IntFunction<String> line) {
        return IntStream.range(0, count).mapToObj(line).collect(joining("\n"));
    }

    static Stream<Arguments> allShapesAtTheirLimits() {
        return Stream.concat(blockShapes().map(s -> Arguments.of(s, MAX_BLOCK_DEPTH)),
                inlineShapes().map(s -> Arguments.of(s, MAX_INLINE_DEPTH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allShapesAtTheirLimits")
    void whatPassesTheCheckParsesOnADefaultStack(Shape shape, int limit) {
        String body = shape.body().apply(limit);
        assertThat(MarkdownLimits.check(PATH, body, BODY_LINE)).isEmpty();
        assertThat(render(body)).isEqualTo("ok");
    }

    @Test
    void theDeepestOfEverythingTogetherParsesOnADefaultStack() {
        String inline = "![".repeat(MAX_INLINE_DEPTH) + "x" + "](/a.png)".repeat(MAX_INLINE_DEPTH);
        String body = "> - ".repeat(MAX_BLOCK_DEPTH / 2) + inline;
        assertThat(MarkdownLimits.check(PATH, body, BODY_LINE)).isEmpty();
        assertThat(render(body)).isEqualTo("ok");
    }

    /** The limits leave room: four times as deep still parses, so the check never stands between flexmark and a crash. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allShapesAtTheirLimits")
    void fourTimesTheLimitsStillParsesOnADefaultStack(Shape shape, int limit) {
        assertThat(render(shape.body().apply(4 * limit))).isEqualTo("ok");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blockShapes")
    void oneLevelOfQuotesOrListsTooManyIsReportedWhereItIs(Shape shape) {
        int depth = MAX_BLOCK_DEPTH + 1;
        assertThat(MarkdownLimits.check(PATH, shape.body().apply(depth), BODY_LINE)).containsExactly(new Problem(PATH,
                BODY_LINE + shape.deepestLine().apply(depth), MarkdownLimits.FIELD, BLOCK.formatted(depth)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inlineShapes")
    void oneLevelOfEmphasisOrBracketsTooManyIsReportedWhereItIs(Shape shape) {
        int depth = MAX_INLINE_DEPTH + 2;
        assertThat(MarkdownLimits.check(PATH, shape.body().apply(depth), BODY_LINE)).containsExactly(new Problem(PATH,
                BODY_LINE + shape.deepestLine().apply(depth), MarkdownLimits.FIELD, INLINE));
    }

    /**
     * Random container soup (quotes, bullets, numbers, definitions, indentation, tabs, blank and lazy lines): whenever
     * flexmark, as the site sets it up, builds more levels than the limit, the check has said so.
     */
    @Test
    void neverCountsFewerLevelsThanFlexmarkBuilds() {
        Parser parser = Parser.builder(PegdownOptionsAdapter.flexmarkOptions(Markdown.EXTENSIONS)).build();
        String[] pieces = {"> ", ">", "- ", "* ", "+ ", "1. ", "2) ", ": ", "  ", " ", "    ", "\t", "1.   ", "-    "};
        Random random = new Random(20240630);
        int deep = 0;
        for (int n = 0; n < 5000; n++) {
            StringBuilder body = new StringBuilder();
            boolean staircase = random.nextBoolean();
            for (int line = 0, lines = 1 + random.nextInt(40); line < lines; line++) {
                if (random.nextInt(8) == 0) {
                    body.append(random.nextBoolean() ? "\n" : "chữ\n");
                    continue;
                }
                body.append(" ".repeat(staircase ? 2 * (line % 30) : random.nextInt(4) == 0 ? random.nextInt(60) : 0));
                for (int i = 0, count = staircase ? 1 + random.nextInt(3) : random.nextInt(25); i < count; i++) {
                    body.append(pieces[random.nextInt(pieces.length)]);
                }
                body.append(random.nextBoolean() ? "chữ\n" : "\n");
            }
            int levels = depth(parser.parse(body.toString()), CONTAINERS);
            if (levels > MAX_BLOCK_DEPTH) {
                deep++;
                assertThat(MarkdownLimits.check(PATH, body.toString(), 1)).as(body.toString())
                        .anyMatch(p -> p.message().startsWith("trích dẫn"));
            }
        }
        assertThat(deep).as("documents deeper than the limit").isGreaterThan(50);
    }

    /**
     * Emphasis, strikethrough, links and images nested hundreds deep with the odd letter or space between: whenever
     * flexmark nests them deeper than the limit, the check has said so.
     */
    @Test
    void neverCountsFewerInlineLevelsThanFlexmarkBuilds() {
        Parser parser = Parser.builder(PegdownOptionsAdapter.flexmarkOptions(Markdown.EXTENSIONS)).build();
        String[][] pairs = {{"*", "*"}, {"_", "_"}, {"**", "**"}, {"__", "__"}, {"~~", "~~"}, {"[", "](/a)"},
                {"![", "](/a.png)"}, {"[", "]"}, {"*a ", " b*"}, {"_a ", " b_"}};
        String[] between = {"", "", "a", " "};
        Random random = new Random(20240701);
        int deep = 0;
        for (int n = 0; n < 100; n++) {
            StringBuilder opening = new StringBuilder();
            Deque<String> closing = new ArrayDeque<>();
            for (int i = 0, count = 300 + random.nextInt(500); i < count; i++) {
                String[] pair = pairs[random.nextInt(pairs.length)];
                opening.append(pair[0]).append(between[random.nextInt(between.length)]);
                closing.push(pair[1] + between[random.nextInt(between.length)]);
            }
            String body = opening + "x" + String.join("", closing);
            if (depth(parser.parse(body), INLINE_NODES) > MAX_INLINE_DEPTH) {
                deep++;
                assertThat(MarkdownLimits.check(PATH, body, 1)).as(body).anyMatch(p -> p.message().startsWith("dấu"));
            }
        }
        assertThat(deep).as("lines deeper than the limit").isGreaterThan(30);
    }

    private static final Predicate<Node> CONTAINERS = node -> node instanceof BlockQuote || node instanceof ListItem
            || node instanceof DefinitionItem;
    private static final Predicate<Node> INLINE_NODES = node -> node instanceof Emphasis
            || node instanceof StrongEmphasis || node instanceof Strikethrough || node instanceof Link
            || node instanceof Image || node instanceof LinkRef || node instanceof ImageRef;

    /** The most nodes of a kind around any node, counted without recursion. */
    private static int depth(Node root, Predicate<Node> counted) {
        int deepest = 0;
        Deque<Map.Entry<Node, Integer>> todo = new ArrayDeque<>(List.of(Map.entry(root, 0)));
        while (!todo.isEmpty()) {
            Map.Entry<Node, Integer> next = todo.pop();
            Node node = next.getKey();
            int depth = next.getValue() + (counted.test(node) ? 1 : 0);
            deepest = Math.max(deepest, depth);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                todo.push(Map.entry(child, depth));
            }
        }
        return deepest;
    }

    @Test
    void theDangerIsReal() {
        String body = "> ".repeat(20_000) + "x";
        assertThat(render(body)).isEqualTo("StackOverflowError");
        assertThat(MarkdownLimits.check(PATH, body, BODY_LINE)).extracting(Problem::format).containsExactly(
                PATH + ":7: (nội dung): " + BLOCK.formatted(20_000));
    }

    @Test
    void eachDeepPlaceIsReportedOnce() {
        String deep = "> ".repeat(20) + "x";
        String body = String.join("\n", deep, deep, "", "bình thường", "", deep);
        assertThat(MarkdownLimits.check(PATH, body, 1)).extracting(Problem::line).containsExactly(1, 6);
    }

    @Test
    void ordinaryTextPasses() {
        String body = """
                # Thông báo

                > Trích dẫn: **Điều 11** của [Luật 10/2022/QH15](https://vbpl.vn/luat_10_2022).
                > > Trích dẫn trong trích dẫn, có *nhấn mạnh* và ~~gạch ngang~~.
                - Danh sách ngay sau trích dẫn
                - mục hai

                1. Mục một
                   - ý a
                     - ý a.1
                2. Mục hai

                Hộ nghèo
                : hộ có thu nhập bình quân dưới chuẩn nghèo
                Hộ cận nghèo
                : hộ có thu nhập trên chuẩn nghèo một chút

                * * * * * * * * * * * * * * * * * * * * * * * *
                - - - - - - - - - - - - - - - - - - - - - - - -

                ```
                >>> print("xin chào")
                ```

                Mật khẩu: ******** và `[x]`, so_hieu_van_ban, 2*3*4 = 24.
                """ + "Họ tên: ____________ Ngày ___/___/______ Ký tên: ______, **ghi rõ họ tên**.\n".repeat(200)
                + "\n| Cột | Giá trị |\n|---|---|\n" + "| *Ghi chú chưa đóng | [liên kết](/a.html) |\n".repeat(300)
                + "\n" + "- mục\n".repeat(300);
        assertThat(MarkdownLimits.check(PATH, body, BODY_LINE)).isEmpty();
    }

    @Test
    void codeBlocksAreCheckedLikeTheRestForNothingIsSkippedOnAGuess() {
        String body = "```\n" + "> ".repeat(20) + "x\n```\n";
        assertThat(MarkdownLimits.check(PATH, body, 1)).extracting(Problem::line).containsExactly(2);
    }

    @Test
    void everyMarkdownFileOfTheTestsPasses() throws IOException {
        List<Path> files;
        try (Stream<Path> tests = Files.walk(FixtureSite.PROJECT.resolve("src/test/resources"))) {
            files = tests.filter(p -> p.toString().endsWith(".md")).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            MarkdownHeader.Parsed parsed = MarkdownHeader.parse(file.toString(), lines);
            assertThat(MarkdownLimits.check(file.toString(), parsed.body(), parsed.bodyLine())).as(file.toString())
                    .isEmpty();
        }
    }

    @Test
    void theCheckTakesLinearTimeOnAMegabyteOfAnything() {
        List<String> bodies = List.of("- ".repeat(500_000), "> ".repeat(500_000), "[".repeat(1_000_000),
                "*a ".repeat(300_000), IntStream.range(1, 1400).mapToObj("`"::repeat).collect(joining(" ")),
                lines(20_000, i -> "  ".repeat(i % 50) + "- x"), "a\n".repeat(500_000));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String body : bodies) {
                MarkdownLimits.check(PATH, body, 1);
            }
        });
    }

    /** Renders on a new thread with the JVM's default stack size: {@code ok}, or what went wrong. */
    private static String render(String body) {
        AtomicReference<String> result = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                new Markdown().toHtml(body);
                result.set("ok");
            } catch (StackOverflowError e) {
                result.set("StackOverflowError");
            }
        });
        thread.setDaemon(true); // left behind if it runs away, as the test fails
        thread.start();
        try {
            thread.join(TimeUnit.MINUTES.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (thread.isAlive()) {
            throw new AssertionError("Markdown still converting after a minute");
        }
        return result.get();
    }
}
