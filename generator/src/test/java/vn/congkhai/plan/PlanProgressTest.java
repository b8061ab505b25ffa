package vn.congkhai.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlanProgressTest {

    static StatusReport report(String period, TaskStatus status, int progress) {
        return new StatusReport(period, status, progress, "", List.of());
    }

    static PlanTask leaf(String code, int dimension, double weight, LocalDate deadline, StatusReport... reports) {
        return new PlanTask(code, "Nhiệm vụ " + code, dimension, "Văn phòng", List.of(), deadline, weight,
                List.of(reports), List.of());
    }

    static PlanTask parent(String code, PlanTask... children) {
        return new PlanTask(code, "Nhóm " + code, 2, "Văn phòng", List.of(), null, 1, List.of(), List.of(children));
    }

    static final Period Q1 = Period.parse("2024-Q1");
    static final Period Q2 = Period.parse("2024-Q2");
    static final Period H1 = Period.parse("2024-6T");
    static final Period YEAR = Period.parse("2024-N");

    @Test
    void aLeafStandsWhereItsLatestReportUpToThePeriodSays() {
        PlanTask t = leaf("1", 2, 1, null, report("2024-Q1", TaskStatus.DANG_THUC_HIEN, 20),
                report("2024-Q3", TaskStatus.HOAN_THANH, 100));
        PlanProgress p = new PlanProgress(new Plan(List.of(), List.of(t), null));
        assertThat(p.state(t, Q1).progress()).isEqualTo(20);
        assertThat(p.state(t, H1).progress()).isEqualTo(20);
        assertThat(p.state(t, YEAR).status()).isEqualTo(TaskStatus.HOAN_THANH);
        assertThat(p.state(leaf("2", 2, 1, null), Q1)).isEqualTo(TaskState.NOT_STARTED);
    }

    @Test
    void aParentHasTheAverageOfItsChildrenAndChangesWhenAChildChanges() {
        PlanTask a = leaf("1.1", 2, 1, null, report("2024-Q2", TaskStatus.DANG_THUC_HIEN, 40));
        PlanTask b = leaf("1.2", 2, 1, null, report("2024-Q2", TaskStatus.HOAN_THANH, 100));
        PlanTask top = parent("1", a, b);
        PlanProgress before = new PlanProgress(new Plan(List.of(), List.of(top), null));
        assertThat(before.state(top, Q2).progress()).isEqualTo(70);
        assertThat(before.state(top, Q2).derived()).isTrue();
        assertThat(before.state(top, Q2).status()).isEqualTo(TaskStatus.DANG_THUC_HIEN);

        PlanTask a2 = leaf("1.1", 2, 1, null, report("2024-Q2", TaskStatus.HOAN_THANH, 100));
        PlanTask top2 = parent("1", a2, b);
        PlanProgress after = new PlanProgress(new Plan(List.of(), List.of(top2), null));
        assertThat(after.state(top2, Q2).progress()).isEqualTo(100);
        assertThat(after.state(top2, Q2).status()).isEqualTo(TaskStatus.HOAN_THANH);
    }

    @Test
    void weightsCountWhereGiven() {
        PlanTask a = leaf("1.1", 2, 3, null, report("2024-Q2", TaskStatus.DANG_THUC_HIEN, 40));
        PlanTask b = leaf("1.2", 2, 1, null, report("2024-Q2", TaskStatus.HOAN_THANH, 100));
        PlanTask top = parent("1", a, b);
        assertThat(new PlanProgress(new Plan(List.of(), List.of(top), null)).state(top, Q2).progress())
                .isCloseTo(55, within(1e-9));
    }

    @Test
    void aParentIsBehindWhenAnyChildIsBehind() {
        PlanTask a = leaf("1.1", 2, 1, null, report("2024-Q2", TaskStatus.CHAM_TIEN_DO, 10));
        PlanTask b = leaf("1.2", 2, 1, null, report("2024-Q2", TaskStatus.HOAN_THANH, 100));
        PlanTask top = parent("1", a, b);
        assertThat(new PlanProgress(new Plan(List.of(), List.of(top), null)).state(top, Q2).status())
                .isEqualTo(TaskStatus.CHAM_TIEN_DO);
    }

    @Test
    void dashboardFiguresPerDimensionStatusAndOverdue() {
        PlanTask a = leaf("1", 2, 1, LocalDate.of(2024, 6, 30), report("2024-Q2", TaskStatus.CHAM_TIEN_DO, 50));
        PlanTask b = leaf("2", 2, 1, null, report("2024-Q2", TaskStatus.HOAN_THANH, 100));
        PlanTask c = leaf("3", 5, 1, LocalDate.of(2024, 12, 31), report("2024-Q2", TaskStatus.DANG_THUC_HIEN, 30));
        PlanProgress p = new PlanProgress(new Plan(List.of(), List.of(a, b, c), null));
        assertThat(p.byDimension(Q2)).containsEntry(2, 75.0).containsEntry(5, 30.0).hasSize(2);
        assertThat(p.overall(Q2)).isCloseTo(60, within(1e-9));
        assertThat(p.countByStatus(Q2)).containsEntry(TaskStatus.CHAM_TIEN_DO, 1).containsEntry(TaskStatus.HOAN_THANH, 1)
                .containsEntry(TaskStatus.DANG_THUC_HIEN, 1).containsEntry(TaskStatus.CHUA_THUC_HIEN, 0);
        assertThat(p.overdue(Q2, LocalDate.of(2024, 7, 20))).extracting(PlanTask::code).containsExactly("1");
        assertThat(p.reportedPeriods()).containsExactly(Q2);
    }

    @Test
    void periodsOrderByTheirEndWithQuartersBeforeCumulativeReports() {
        assertThat(List.of(YEAR, H1, Q2, Q1).stream().sorted().toList()).containsExactly(Q1, Q2, H1, YEAR);
        assertThat(H1.label()).isEqualTo("6 tháng đầu năm 2024");
        assertThat(Q2.label()).isEqualTo("quý II năm 2024");
    }
}
