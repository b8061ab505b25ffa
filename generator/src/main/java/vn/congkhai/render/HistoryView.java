package vn.congkhai.render;

import vn.congkhai.history.Change;
import vn.congkhai.text.VietnameseFormat;

import java.time.LocalDate;
import java.util.List;

/** A disclosure's change history as its page shows it: the substantive changes, then the minor ones (typos). */
public record HistoryView(String lastChanged, List<Line> substantive, List<Line> minor) {

    public HistoryView {
        substantive = List.copyOf(substantive);
        minor = List.copyOf(minor);
    }

    /** A change: "25/03/2024", what was changed, the short commit id. */
    public record Line(String date, String message, String id) {
    }

    public static HistoryView of(List<Change> changes, LocalDate issued) {
        LocalDate last = changes.isEmpty() ? issued : changes.get(0).date();
        return new HistoryView(VietnameseFormat.date(last),
                changes.stream().filter(c -> !c.minor()).map(HistoryView::line).toList(),
                changes.stream().filter(Change::minor).map(HistoryView::line).toList());
    }

    private static Line line(Change c) {
        return new Line(VietnameseFormat.date(c.date()), c.message(), c.id());
    }

    public boolean isEmpty() {
        return substantive.isEmpty() && minor.isEmpty();
    }
}
