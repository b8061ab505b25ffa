package vn.congkhai.validate;

import vn.congkhai.config.SiteConfig;
import vn.congkhai.content.ContentReader;
import vn.congkhai.content.ContentTree;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.SiteContent;
import vn.congkhai.plan.Plan;
import vn.congkhai.plan.PlanReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Second stage of the pipeline: checks everything that was read and builds the site's model from what is good. */
public final class ContentValidator {

    private ContentValidator() {
    }

    /** Validates the whole content tree; every problem goes to {@code problems}, none stops the others. */
    public static SiteContent validate(SiteConfig config, ContentTree tree, ContentReader reader, Path assetsDir,
                                       Problems problems) {
        problems.addAll(tree.problems());
        MetadataRules metadata = new MetadataRules(config.commune(), tree, assetsDir);
        List<Disclosure> disclosures = new ArrayList<>();
        Map<String, Plan> plans = new HashMap<>();
        Map<String, String> addresses = new HashMap<>();
        Set<String> namedTexts = new HashSet<>();
        for (SourceDocument doc : tree.documents()) {
            Optional<Disclosure> checked = metadata.check(doc, problems);
            if (checked.isEmpty()) {
                continue;
            }
            Disclosure d = checked.get();
            String other = addresses.putIfAbsent(d.uri(), doc.path());
            if (other != null) {
                problems.add(doc.path(), 1, "(tên tệp)", "trùng địa chỉ trang với " + other + ". Cách sửa: đổi tên một "
                        + "trong hai tệp.");
                continue;
            }
            if (d.type() == DisclosureType.KE_HOACH) {
                Plan plan = PlanReader.read(doc, tree.texts().keySet(), problems);
                if (plan == null) {
                    continue;
                }
                plans.put(d.uri(), plan);
                if (plan.fullTextPath() != null) {
                    namedTexts.add(plan.fullTextPath());
                }
            }
            disclosures.add(d);
        }
        for (String text : tree.texts().keySet()) {
            if (!namedTexts.contains(text)) {
                problems.add(reader.displayPath(text), 1, "(phần đầu)", "tệp Markdown không có phần đầu. Cách sửa: "
                        + "viết các dòng title=..., date=..., type=..., status=... ở đầu tệp, rồi một dòng ~~~~~~ "
                        + "trước nội dung.");
            }
        }
        return new SiteContent(config, List.copyOf(disclosures), Map.copyOf(plans), tree.texts());
    }
}
