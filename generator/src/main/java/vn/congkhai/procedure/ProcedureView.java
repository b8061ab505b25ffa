package vn.congkhai.procedure;

import vn.congkhai.text.VietnameseFormat;
import vn.congkhai.procedure.Procedure;

import java.util.List;

/** A procedure's page: the Decree 63 fields in the order citizens need them, fees formatted. */
public record ProcedureView(Procedure procedure, List<FeeRow> fees, String workingDays) {

    /** A fee as printed: "2.000 đ" or "Miễn phí". */
    public record FeeRow(String name, String amount, String note) {
    }

    public static ProcedureView of(Procedure p) {
        List<FeeRow> fees = p.fees().stream().map(ProcedureView::fee).toList();
        String days = p.workingDays() == null ? null : (p.workingDays() == Math.floor(p.workingDays())
                ? String.valueOf(p.workingDays().longValue()) : String.valueOf(p.workingDays()).replace('.', ',')) + " ngày làm việc";
        return new ProcedureView(p, fees, days);
    }

    public static FeeRow fee(Procedure.Fee f) {
        return new FeeRow(f.name(), f.isFree() ? "Miễn phí" : VietnameseFormat.money(f.amount()), f.note());
    }
}
