package vn.congkhai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows of lists are told to officers from 1, by the noun and the name their type's schema gives them. */
class RowNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One list of a schema: where it is ({@code nhiem_vu[0].bao_cao}) and its schema. */
    private record Array(DisclosureType type, String path, JsonNode schema) {
    }

    @Test
    void everyListOfEverySchemaCallsItsRowsByAShortVietnameseNoun() {
        List<Array> arrays = arrays();
        assertThat(arrays).hasSizeGreaterThan(40);
        for (Array a : arrays) {
            String where = a.type().code() + ": " + a.path();
            String noun = RowNames.of(a.type()).noun(a.schema());
            assertThat(noun).as(where).isNotNull().matches("\\p{Ll}[\\p{Ll} ]{0,18}\\p{Ll}")
                    .isEqualTo(Normalizer.normalize(noun, Normalizer.Form.NFC));
            assertThat(noun.split(" ")).as(where).hasSizeLessThanOrEqualTo(3);
            assertThat(RowNames.of(a.type()).field(JsonNodeFactory.instance.objectNode(), a.path() + "[0]"))
                    .as(where).endsWith(noun + " thứ 1");
        }
    }

    @Test
    void everyFieldThatNamesARowIsAFieldOfThatRow() {
        for (Array a : arrays()) {
            JsonNode items = resolve(a.type(), a.schema().path("items"));
            for (String field : RowNames.namingFields(a.schema())) {
                assertThat(items.path("properties").has(field) || items.path("additionalProperties").isObject())
                        .as(a.type().code() + ": " + a.path() + " named by " + field).isTrue();
            }
        }
    }

    @Test
    void aRowIsCountedFromOneAndNamedByItsOwnName() throws Exception {
        JsonNode list = JSON.readTree("{\"ho\": [{\"chu_ho\": \"Nguyễn Văn An\"}, {\"chu_ho\": \"Triệu Thị Hoa\"}]}");
        assertThat(RowNames.of(DisclosureType.HO_NGHEO).field(list, "ho[1].phan_loai"))
                .isEqualTo("hộ thứ 2 (Triệu Thị Hoa), phan_loai");
        assertThat(RowNames.of(DisclosureType.HO_NGHEO).field(list, "ho[1]")).isEqualTo("hộ thứ 2 (Triệu Thị Hoa)");
        assertThat(RowNames.of(DisclosureType.HO_NGHEO).field(list, "tong_hop.ngheo")).isEqualTo("tong_hop.ngheo");
    }

    @Test
    void nestedRowsReadOneAfterTheOther() throws Exception {
        JsonNode budget = JSON.readTree("{\"thu\": [{\"noi_dung\": \"Thu thuế\"}, {\"noi_dung\": \"Thu phí, lệ phí\", "
                + "\"dong\": [{\"noi_dung\": \"Phí chợ\"}, {}, {\"ma\": \"2.3\"}]}]}");
        assertThat(RowNames.of(DisclosureType.NGAN_SACH).field(budget, "thu[1].dong[2].du_toan"))
                .isEqualTo("dòng thu thứ 2 (Thu phí, lệ phí), dòng con thứ 3, du_toan");
        assertThat(RowNames.of(DisclosureType.NGAN_SACH).field(budget, "thu[1].dong[0].du_toan"))
                .isEqualTo("dòng thu thứ 2 (Thu phí, lệ phí), dòng con thứ 1 (Phí chợ), du_toan");
        JsonNode consultation = JSON.readTree("{\"cach_gop_y\": {\"hop\": [{\"dia_diem\": \"Nhà văn hóa xóm Đồng Kè\"}]}}");
        assertThat(RowNames.of(DisclosureType.LAY_Y_KIEN).field(consultation, "cach_gop_y.hop[0].ngay"))
                .isEqualTo("cach_gop_y, buổi họp thứ 1 (Nhà văn hóa xóm Đồng Kè), ngay");
    }

    @Test
    void aLongNameIsCutAtAWordAndHiddenCharactersAreNotEchoed() throws Exception {
        JsonNode answers = JSON.readTree("{\"muc\": [{\"noi_dung\": \"Cử tri xóm Đồng Kè đề nghị sửa đoạn đường bị sạt "
                + "lở sau mưa lớn tháng 9\"}], \"ho\": [{\"chu_ho\": \"Phạm Thị \\u202EDung\\n\"}]}");
        assertThat(RowNames.of(DisclosureType.TRA_LOI).field(answers, "muc[0].trang_thai"))
                .isEqualTo("câu hỏi thứ 1 (Cử tri xóm Đồng Kè đề nghị sửa đoạn…), trang_thai");
        assertThat(RowNames.of(DisclosureType.HO_NGHEO).field(answers, "ho[0].xom"))
                .isEqualTo("hộ thứ 1 (Phạm Thị Dung), xom");
    }

    @Test
    void aRowIsNotNamedByTheValueTheMessageIsAbout() throws Exception {
        JsonNode list = JSON.readTree("{\"ho\": [{\"chu_ho\": \"Lê Văn Cường 123456789\"}]}");
        assertThat(RowNames.of(DisclosureType.HO_NGHEO).field(list, "ho[0].chu_ho")).isEqualTo("hộ thứ 1, chu_ho");
        assertThat(RowNames.of(DisclosureType.HO_NGHEO).field(list, "ho[0].xom"))
                .isEqualTo("hộ thứ 1 (Lê Văn Cường 123456789), xom");
    }

    @Test
    void aListTheSchemaDoesNotKnowKeepsItsKey() throws Exception {
        JsonNode list = JSON.readTree("{\"ho\": [{\"chu_ho\": \"An\", \"cccd\": [\"x\"]}]}");
        assertThat(RowNames.of(DisclosureType.HO_NGHEO).field(list, "ho[0].cccd[0]"))
                .isEqualTo("hộ thứ 1 (An), cccd, mục thứ 1");
    }

    @Test
    void aMarkdownPageNamesItsAttachmentsAsEveryTypeDoes() throws Exception {
        JsonNode header = JSON.readTree("{\"tep\": [{\"ten\": \"Giấy mời\", \"duong_dan\": \"giay-moi.pdf\"}]}");
        assertThat(RowNames.of(DisclosureType.THONG_BAO).field(header, "tep[0].duong_dan"))
                .isEqualTo("tệp thứ 1 (Giấy mời), duong_dan");
    }

    /** Every array of every schema, with the path of its field; a definition's arrays once per place it is used. */
    private static List<Array> arrays() {
        List<Array> arrays = new ArrayList<>();
        for (Map.Entry<DisclosureType, JsonNode> e : Schemas.all().entrySet()) {
            walk(e.getKey(), e.getValue(), "", new ArrayList<>(), arrays);
        }
        return arrays;
    }

    private static void walk(DisclosureType type, JsonNode node, String path, List<String> refs, List<Array> out) {
        String ref = node.path("$ref").asText("");
        if (!ref.isEmpty()) {
            if (refs.contains(ref)) {
                return; // a list within itself (a task's sub-tasks): its rows are already held to a noun
            }
            List<String> deeper = new ArrayList<>(refs);
            deeper.add(ref);
            walk(type, resolve(type, node), path, deeper, out);
            return;
        }
        boolean array = node.path("type").asText().equals("array") || node.path("type").toString().contains("\"array\"");
        if (array) {
            out.add(new Array(type, path, node));
            walk(type, node.path("items"), path + "[0]", refs, out);
        }
        node.path("properties").fields().forEachRemaining(p -> walk(type, p.getValue(),
                path.isEmpty() ? p.getKey() : path + "." + p.getKey(), refs, out));
    }

    private static JsonNode resolve(DisclosureType type, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.isEmpty() ? node : Schemas.of(type).orElseThrow().at(ref.substring(1));
    }
}
