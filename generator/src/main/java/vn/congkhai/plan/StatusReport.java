package vn.congkhai.plan;

import java.util.List;

/** A task's status in one reporting period ({@code bao_cao}): e.g. period {@code 2024-Q2}, 60 %, what was done. */
public record StatusReport(String period, TaskStatus status, int progress, String result, List<String> evidence) {
}
