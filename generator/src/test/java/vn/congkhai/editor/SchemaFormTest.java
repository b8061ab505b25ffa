package vn.congkhai.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.congkhai.content.CanonicalJsonTest;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Schemas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The form of {@code document} as the editor serves it, parsed again as a browser would. */
    static FormElement form(JsonNode schema, JsonNode document, Map<String, List<String>> problems) {
        Document page = Jsoup.parse("<form method=post></form>");
        page.outputSettings().prettyPrint(false);
        new SchemaForm(schema, problems).fields(document, page.selectFirst("form"));
        return (FormElement) Jsoup.parse(page.outerHtml()).selectFirst("form");
    }

    /** What a browser sends for {@code form}: each field's name and value (the first, for a repeated name). */
    static Map<String, String> sent(FormElement form) {
        Map<String, String> sent = new LinkedHashMap<>();
        form.formData().forEach(kv -> sent.putIfAbsent(kv.key(), kv.value()));
        return sent;
    }

    private static JsonNode schemaOf(JsonNode document) {
        return Schemas.of(DisclosureType.ofCode(document.path("type").asText()).orElseThrow()).orElseThrow();
    }

    @Test
    void everyDisclosureWrittenByHandComesBackFromItsUntouchedFormExactlyAsItWas() throws IOException {
        List<Path> files = CanonicalJsonTest.writtenByHand();
        for (Path file : files) {
            JsonNode document = JSON.readTree(Files.readString(file));
            JsonNode schema = schemaOf(document);
            ObjectNode back = new FormValues(sent(form(schema, document, Map.of()))).read(schema, document);
            assertThat(back).as(file.toString()).isEqualTo(document);
        }
    }

    /** The checker checked: read as if every value had been typed, into a new file, the form gives the same data. */
    @Test
    void everyDisclosureWrittenByHandIsReadBackFromItsFormAsIfEveryValueWereTyped() throws IOException {
        for (Path file : CanonicalJsonTest.writtenByHand()) {
            JsonNode document = JSON.readTree(Files.readString(file));
            JsonNode schema = schemaOf(document);
            Map<String, String> typed = new LinkedHashMap<>(sent(form(schema, document, Map.of())));
            typed.keySet().removeIf(name -> name.startsWith(FormValues.SHOWN));
            ObjectNode back = new FormValues(typed).read(schema, JSON.createObjectNode());
            assertThat(differences(document, back, "")).as(file.toString()).isEmpty();
            assertThat(back).as(file.toString()).isEqualTo(document);
        }
    }

    /** Where two trees differ, node types included (7 and 7.0 are not the same to JSON), for a readable failure. */
    private static List<String> differences(JsonNode a, JsonNode b, String at) {
        List<String> found = new java.util.ArrayList<>();
        if (a.getNodeType() != b.getNodeType() || a.isValueNode() && !a.equals(b)) {
            found.add(at + ": " + a + " (" + a.getClass().getSimpleName() + ") / " + b + " ("
                    + b.getClass().getSimpleName() + ")");
            return found;
        }
        a.fieldNames().forEachRemaining(k -> found.addAll(differences(a.get(k), b.path(k), at + "/" + k)));
        for (int i = 0; a.isArray() && i < a.size(); i++) {
            found.addAll(differences(a.get(i), b.path(i), at + "/" + i));
        }
        return found;
    }

    @Test
    void typedValuesBecomeTheirTypesAndAnEmptiedFieldIsLeftOut() throws IOException {
        JsonNode document = JSON.readTree("""
                {"title": "Danh sách hộ nghèo", "date": "2024-12-20", "type": "ho-ngheo", "so_hieu": "215/QĐ-UBND",
                 "muc_cong_khai": 7, "nam": 2024, "dot": "chinh-thuc",
                 "ho": [{"stt": 1, "chu_ho": "Hà Văn Tài", "xom": "Đồng Mạc", "phan_loai": "ngheo"}]}""");
        JsonNode schema = schemaOf(document);
        Map<String, String> sent = sent(form(schema, document, Map.of()));
        sent.put("v:/so_hieu", "");
        sent.put("v:/ho/0/so_nhan_khau", "1.000");
        sent.put("v:/ho/0/chu_ho", "Trie\u0302\u0300u Thi\u0323 Hoa");
        sent.put("v:/ho/0/phan_loai", "can-ngheo");
        JsonNode back = new FormValues(sent).read(schema, document);
        assertThat(back.has("so_hieu")).isFalse();
        assertThat(back.at("/ho/0/so_nhan_khau").isIntegralNumber()).isTrue();
        assertThat(back.at("/ho/0/so_nhan_khau").asLong()).isEqualTo(1000);
        assertThat(back.at("/ho/0/chu_ho").asText()).isEqualTo("Triều Thị Hoa");
        assertThat(back.at("/ho/0/phan_loai").asText()).isEqualTo("can-ngheo");
        sent.put("v:/ho/0/so_nhan_khau", "bốn");
        assertThat(new FormValues(sent).read(schema, document).at("/ho/0/so_nhan_khau").asText())
                .as("kept as typed, for the check to report in the bake's words").isEqualTo("bốn");
    }

    @Test
    void anAmountIsShownWithThousandsDotsAndReadBackAsTheSameNumber() throws IOException {
        JsonNode document = JSON.readTree(Files.readString(
                Path.of("src/test/resources/sites/participation/content/gia-dat/2024.json")));
        JsonNode schema = schemaOf(document);
        Document page = Jsoup.parse("<form method=post></form>");
        new SchemaForm(schema, Map.of()).showingAmounts(java.util.Set.of("/dong/gia_vnd_m2"))
                .fields(document, page.selectFirst("form"));
        FormElement form = (FormElement) Jsoup.parse(page.outerHtml()).selectFirst("form");
        assertThat(form.selectFirst("input[name=v:/dong/0/gia_vnd_m2]").val()).isEqualTo("3.500.000");
        assertThat(form.selectFirst("input[name=v:/dong/0/vi_tri]").val()).as("not an amount").isEqualTo("1");
        Map<String, String> typed = new LinkedHashMap<>(sent(form));
        typed.keySet().removeIf(name -> name.startsWith(FormValues.SHOWN));
        assertThat(new FormValues(typed).read(schema, JSON.createObjectNode())).isEqualTo(document);
        assertThat(new FormValues(sent(form)).read(schema, document)).isEqualTo(document);
    }

    @Test
    void aRowIsRemovedByItsButtonAndAnEmptyRowIsNoRow() throws IOException {
        JsonNode document = JSON.readTree("""
                {"title": "Danh sách", "date": "2024-12-20", "type": "ho-ngheo", "nam": 2024, "dot": "chinh-thuc",
                 "ho": [{"stt": 1, "chu_ho": "An"}, {"stt": 2, "chu_ho": "Bình"}, {"stt": 3, "chu_ho": "Chi"}]}""");
        JsonNode schema = schemaOf(document);
        Map<String, String> sent = sent(form(schema, document, Map.of()));
        JsonNode back = new FormValues(sent).removing("/ho/1").read(schema, document);
        assertThat(back.at("/ho").findValuesAsText("chu_ho")).containsExactly("An", "Chi");
        sent.put("n:/ho", "4");
        assertThat(new FormValues(sent).read(schema, document).at("/ho").size()).isEqualTo(3);
    }

    @Test
    void codesAreChosenByTheirLabelsAndAProblemIsTiedToItsField() throws IOException {
        JsonNode document = JSON.readTree("""
                {"title": "Danh sách", "date": "2024-12-20", "type": "ho-ngheo", "nam": 2024, "dot": "chinh-thuc",
                 "ho": [{"stt": 1, "chu_ho": "An", "phan_loai": "Hộ nghèo"}]}""");
        FormElement form = form(schemaOf(document), document,
                Map.of("/ho/0/phan_loai", List.of("hộ thứ 1 (An), phan_loai: giá trị \"Hộ nghèo\" là tên …")));
        Element choice = form.selectFirst("select[name=v:/ho/0/phan_loai]");
        assertThat(choice.select("option").eachText()).contains("Hộ nghèo (ngheo)", "Hộ cận nghèo (can-ngheo)",
                "Hộ nghèo (không có trong danh sách)");
        assertThat(choice.attr("aria-invalid")).isEqualTo("true");
        Element problem = form.getElementById(choice.attr("aria-describedby"));
        assertThat(problem.text()).startsWith("hộ thứ 1 (An), phan_loai: giá trị \"Hộ nghèo\"");
        assertThat(form.selectFirst("input[name=v:/date]").attr("type")).isEqualTo("date");
        assertThat(form.selectFirst("label[for=" + form.selectFirst("input[name=v:/date]").id() + "]").text())
                .startsWith("Ngày ban hành");
        assertThat(form.select("button[name=them]").eachText()).contains("Thêm hộ");
    }
}
