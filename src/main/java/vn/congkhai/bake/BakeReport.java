package vn.congkhai.bake;

import java.time.LocalDate;

/** What a successful bake published, for the officer's terminal. */
public record BakeReport(int published, int drafts, int scheduled, int pages, LocalDate bakeDate, long millis) {

    public String summary() {
        StringBuilder s = new StringBuilder("Đã tạo trang web: ").append(published).append(" văn bản được đăng, ")
                .append(pages).append(" trang");
        if (drafts > 0) {
            s.append("; ").append(drafts).append(" bản nháp không đăng");
        }
        if (scheduled > 0) {
            s.append("; ").append(scheduled).append(" văn bản chờ đến ngày ban hành mới đăng");
        }
        return s.append(" (ngày tạo: ").append(bakeDate).append(", ").append(millis).append(" ms).").toString();
    }
}
