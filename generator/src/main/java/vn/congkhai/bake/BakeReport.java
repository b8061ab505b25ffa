package vn.congkhai.bake;

import vn.congkhai.compliance.ComplianceWarning;
import vn.congkhai.problem.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a successful bake published (or a check would), for the officer's terminal: the outcome, then the warnings.
 *
 * @param baked    whether the site was written, not only checked
 * @param reused   whether nothing had changed, so the last bake's site was kept
 * @param rendered the addresses made afresh, not taken from the last bake
 */
public record BakeReport(boolean baked, int published, int drafts, int scheduled, int pages, LocalDate bakeDate,
                         long millis, List<ComplianceWarning> warnings, List<Problem> notices, boolean reused,
                         SortedSet<String> rendered) {

    public BakeReport {
        rendered = Collections.unmodifiableSortedSet(new TreeSet<>(rendered));
    }

    /** The headline and the warnings, as the terminal shows them. */
    public String summary() {
        StringBuilder s = new StringBuilder(headline());
        warningLines().forEach(line -> s.append(line.startsWith("- ") ? "\n" : "\n\n").append(line));
        return s.append(warnings.isEmpty() && notices.isEmpty() ? "" : "\n").toString();
    }

    public String headline() {
        StringBuilder s = new StringBuilder(reused ? "Không có gì thay đổi từ lần tạo trước, giữ nguyên trang web: "
                : baked ? "Đã tạo trang web: " : "Nội dung không có lỗi (chỉ kiểm tra, chưa tạo trang): ")
                .append(published).append(" văn bản được đăng");
        if (baked) {
            s.append(", ").append(pages).append(" trang");
        }
        if (drafts > 0) {
            s.append("; ").append(drafts).append(" bản nháp không đăng");
        }
        if (scheduled > 0) {
            s.append("; ").append(scheduled).append(" văn bản chờ đến ngày ban hành mới đăng");
        }
        return s.append(" (ngày tạo: ").append(bakeDate).append(", ").append(millis).append(" ms).").toString();
    }

    /** The warnings, each group under a heading line, each warning a line starting with "- ". */
    public List<String> warningLines() {
        List<String> lines = new ArrayList<>();
        if (!notices.isEmpty()) {
            lines.add(notices.size() + " cảnh báo về tệp (không phải lỗi, trang vẫn được tạo):");
            notices.forEach(n -> lines.add("- " + n.format()));
        }
        if (!warnings.isEmpty()) {
            lines.add(warnings.size() + " cảnh báo về việc công khai (không phải lỗi, trang vẫn được tạo; xem đầy đủ ở "
                    + "trang tuan-thu/index.html):");
            warnings.forEach(w -> lines.add("- " + w.format()));
        }
        return lines;
    }
}
