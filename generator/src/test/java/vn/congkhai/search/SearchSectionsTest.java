package vn.congkhai.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.congkhai.model.DisclosureType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each entry of the index names its section by position in the list of sections, or none at all. */
class SearchSectionsTest {

    @Test
    void aPageOfNoSectionIsNotLabelledWithTheFirstSection() throws Exception {
        JsonNode index = new ObjectMapper().readTree(SearchIndex.json(List.of(
                new SearchIndex.Entry("Điều 11", "dieu-11.html", "", "", "14 nội dung"),
                new SearchIndex.Entry("Phí", "phi.html", DisclosureType.THU_TUC.sectionName(), "", "phí"))));
        assertThat(index.path("d").get(0).get(2).isNull()).isTrue();
        int section = index.path("d").get(1).get(2).asInt();
        assertThat(index.path("s").get(section).asText()).isEqualTo(DisclosureType.THU_TUC.sectionName());
    }
}
