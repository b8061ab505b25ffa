package vn.congkhai.reception;

import vn.congkhai.kind.DisclosureKind;
import vn.congkhai.kind.PageInput;
import vn.congkhai.kind.ReadInput;
import vn.congkhai.kind.Table;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.text.Markdown;

import java.util.ArrayList;
import java.util.List;

import static vn.congkhai.kind.Table.field;

/** The schedule of citizen reception ({@code lich-tiep-dan}). */
public final class ReceptionKind implements DisclosureKind<ReceptionSchedule> {

    @Override
    public DisclosureType type() {
        return DisclosureType.LICH_TIEP_DAN;
    }

    @Override
    public Class<ReceptionSchedule> dataClass() {
        return ReceptionSchedule.class;
    }

    @Override
    public ReceptionSchedule read(ReadInput in) {
        return ReceptionScheduleReader.read(in.checks());
    }

    @Override
    public Object view(ReceptionSchedule schedule, PageInput in) {
        return ScheduleView.of(schedule, in.bakeDate());
    }

    @Override
    public Table table(ReceptionSchedule schedule) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReceptionSession s : schedule.sessions()) {
            rows.add(Table.row(s.date(), s.from().toString(), s.to().toString(), s.receiver(), s.place(), s.note()));
        }
        return new Table(List.of(field("ngay", "Ngày", "date"), field("tu", "Từ giờ", "string"),
                field("den", "Đến giờ", "string"), field("nguoi_tiep", "Người tiếp", "string"),
                field("dia_diem", "Địa điểm", "string"), field("ghi_chu", "Ghi chú", "string")), rows);
    }

    @Override
    public List<String> peopleLists() {
        return ReceptionScheduleReader.LIST_NAMES;
    }

    @Override
    public String summary(ReceptionSchedule schedule) {
        return schedule.sessions().size() + " buổi tiếp công dân";
    }

    @Override
    public String searchText(ReceptionSchedule schedule, Markdown markdown) {
        List<String> parts = new ArrayList<>();
        schedule.sessions().forEach(s -> parts.add(s.receiver() + " " + s.place()));
        return String.join(" ", parts);
    }
}
