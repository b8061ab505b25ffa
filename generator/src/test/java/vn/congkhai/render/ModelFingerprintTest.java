package vn.congkhai.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.congkhai.model.Link;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ModelFingerprintTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Row(String name, BigDecimal amount, List<Link> links) {
    }

    /** A record whose list can close a cycle. */
    record Node(String name, List<Node> next) {
    }

    private static Map<String, Object> model(String linkTitle, String amount) {
        return Map.of("rows", List.of(new Row("Hộ ông A", new BigDecimal(amount),
                        List.of(new Link(linkTitle, "ho-ngheo/2024.html")))),
                "today", LocalDate.of(2024, 12, 28), "title", "Danh sách hộ nghèo", "count", 3);
    }

    @Test
    void equalModelsBuiltApartHaveEqualFingerprintsInAnotherFingerprinterToo() {
        assertThat(new ModelFingerprint().of(model("Năm 2024", "1250000")))
                .isEqualTo(new ModelFingerprint().of(model("Năm 2024", "1250000")));
    }

    @Test
    void aSourceFileIsItsPathsAndTheDigestOfItsBytesAndAnotherTextHasNone() {
        java.nio.file.Path file = java.nio.file.Path.of("/xa/content/thong-bao/hop.md");
        vn.congkhai.content.LocatedJson header = vn.congkhai.content.LocatedJson.of(JSON.createObjectNode()
                .put("title", "Họp dân"), Map.of("", 1));
        java.util.function.BiFunction<String, String, vn.congkhai.content.SourceDocument> doc = (body, sha) ->
                new vn.congkhai.content.SourceDocument(file, "content/thong-bao/hop.md", "thong-bao/hop.md",
                        vn.congkhai.content.Format.MARKDOWN, header, body, 7, sha);
        ModelFingerprint fingerprints = new ModelFingerprint();
        String read = fingerprints.of(doc.apply("Nội dung.", "ab12"));
        assertThat(fingerprints.of(doc.apply("What its bytes make, not looked into.", "ab12"))).isEqualTo(read);
        assertThat(fingerprints.of(doc.apply("Nội dung.", "cd34"))).as("other bytes").isNotEqualTo(read);
        assertThat(fingerprints.of(doc.apply("Nội dung.", null))).as("a text not read from a file").isNull();
    }

    @Test
    void aChangeAnywhereDownTheModelChangesTheFingerprint() {
        ModelFingerprint fingerprints = new ModelFingerprint();
        String before = fingerprints.of(model("Năm 2024", "1250000"));
        assertThat(fingerprints.of(model("Năm 2025", "1250000"))).as("a link's title in a list in a record")
                .isNotEqualTo(before);
        assertThat(fingerprints.of(model("Năm 2024", "1250000.0"))).as("1250000 and 1250000.0 print differently")
                .isNotEqualTo(before);
        assertThat(fingerprints.of(List.of("a", "b"))).as("a list's order").isNotEqualTo(fingerprints.of(List.of("b", "a")));
        assertThat(fingerprints.of(List.of("ab", "c"))).as("where one text ends").isNotEqualTo(fingerprints.of(List.of("a", "bc")));
        assertThat(fingerprints.of(1)).as("a number and a text").isNotEqualTo(fingerprints.of("1"));
        assertThat(fingerprints.of(null)).isNotEqualTo(fingerprints.of("null"));
    }

    @Test
    void mapsAndSetsAreTheirContentWhateverTheOrderTheyIterateIn() {
        Map<String, Object> linked = new LinkedHashMap<>();
        linked.put("b", 2);
        linked.put("a", 1);
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("a", 1);
        other.put("b", 2);
        ModelFingerprint fingerprints = new ModelFingerprint();
        assertThat(fingerprints.of(linked)).isEqualTo(fingerprints.of(other))
                .isEqualTo(fingerprints.of(new HashMap<>(other))).isEqualTo(fingerprints.of(Map.of("a", 1, "b", 2)));
        assertThat(fingerprints.of(Set.of("x", "y", "z"))).isEqualTo(fingerprints.of(new java.util.TreeSet<>(Set.of("z", "y", "x"))));
        assertThat(fingerprints.of(Map.of("a", 1, "b", 3))).isNotEqualTo(fingerprints.of(linked));
        assertThat(fingerprints.of(Map.of("a", 1))).as("a key and its value stay paired")
                .isNotEqualTo(fingerprints.of(Map.of(1, "a")));
    }

    @Test
    void jsonTreesAreHashedByTheirValuesAndKinds() throws Exception {
        ModelFingerprint fingerprints = new ModelFingerprint();
        String tree = fingerprints.of(JSON.readTree("{\"so_ho\": 3, \"xom\": [\"Đồng Tâm\"]}"));
        assertThat(fingerprints.of(JSON.readTree("{\"so_ho\": 3, \"xom\": [\"Đồng Tâm\"]}"))).isEqualTo(tree);
        assertThat(fingerprints.of(JSON.readTree("{\"so_ho\": \"3\", \"xom\": [\"Đồng Tâm\"]}"))).isNotEqualTo(tree);
        assertThat(fingerprints.of(JSON.readTree("{\"so_ho\": 3, \"xom\": [\"Đồng Tâm\", \"Na Mao\"]}")))
                .isNotEqualTo(tree);
    }

    @Test
    void whatIsNoValueRecordListMapOrJsonTreeHasNoFingerprintSoItsPageIsAlwaysRendered() {
        ModelFingerprint fingerprints = new ModelFingerprint();
        Runnable lambda = () -> { };
        assertThat(fingerprints.of(Map.of("x", new Thread(lambda)))).isNull();
        assertThat(fingerprints.of(List.of(lambda))).isNull();
        assertThat(fingerprints.of(new StringBuilder[] {new StringBuilder("xóm")})).as("an array").isNull();
        Row row = new Row("Hộ ông A", BigDecimal.ONE, List.of());
        Map<String, Object> bad = Map.of("row", row, "x", new Object());
        assertThat(fingerprints.of(bad)).isNull();
        assertThat(fingerprints.of(row)).as("a record beside it").isNotNull();
    }

    @Test
    void aModelNestedTooDeepOrInACycleHasNoFingerprintAndTheRestKeepTheirs() {
        List<Node> around = new java.util.ArrayList<>();
        Node cycle = new Node("xóm Đồng Tâm", around);
        around.add(new Node("xóm Na Mao", List.of(cycle)));
        ModelFingerprint fingerprints = new ModelFingerprint();
        assertThat(fingerprints.of(cycle)).isNull();
        assertThat(fingerprints.of(List.of(cycle))).as("met again").isNull();

        Node deep = new Node("xóm", List.of());
        for (int i = 0; i < 100; i++) {
            deep = new Node("xóm " + i, List.of(deep));
        }
        assertThat(fingerprints.of(deep)).isNull();
        Node shallow = new Node("xóm Na Mao", List.of(new Node("xóm Đồng Tâm", List.of())));
        assertThat(fingerprints.of(shallow)).isNotNull()
                .isEqualTo(new ModelFingerprint().of(new Node("xóm Na Mao", List.of(new Node("xóm Đồng Tâm", List.of())))))
                .isNotEqualTo(fingerprints.of(new Node("xóm Na Mao", List.of(new Node("xóm Làng Mới", List.of())))));
    }
}
