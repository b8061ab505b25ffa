package vn.congkhai.bake;

import vn.congkhai.compliance.ComplianceWarning;
import vn.congkhai.problem.Problem;

import java.time.LocalDate;
import java.util.List;

/** What a successful bake published, for the officer's terminal. */
public record BakeReport(int published, int drafts, int scheduled, int pages, LocalDate bakeDate, long millis,
                         List<ComplianceWarning> warnings, List<Problem> notices) {

    public String summary() {
        StringBuilder s = new StringBuilder("Đã tạo trang web: ").append(published).append(" văn bản được đăng, ")
                .append(pages).append(" trang");
        if (drafts > 0) {
            s.append("; ").append(drafts).append(" bản nháp không đăng");
        }
        if (scheduled > 0) {
            s.append("; ").append(scheduled).append(" văn bản chờ đến ngày ban hành mới đăng");
        }
        s.append(" (ngày tạo: ").append(bakeDate).append(", ").append(millis).append(" ms).");
        if (!notices.isEmpty()) {
            s.append("\n\n").append(notices.size()).append(" cảnh báo về tệp (không phải lỗi, trang vẫn được tạo):\n");
            notices.forEach(n -> s.append("- ").append(n.format()).append('\n'));
        }
        if (!warnings.isEmpty()) {
            s.append("\n\n").append(warnings.size()).append(" cảnh báo về việc công khai (không phải lỗi, trang vẫn được tạo; ")
                    .append("xem đầy đủ ở trang tuan-thu/index.html):\n");
            warnings.forEach(w -> s.append("- ").append(w.format()).append('\n'));
        }
        return s.toString();
    }
}
