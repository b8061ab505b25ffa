package vn.congkhai.history;

import java.time.LocalDate;

/**
 * A commit that changed a content file: when, what the officer wrote, its short id, and whether it was marked minor
 * (a commit message starting with {@code [nhỏ]} or {@code [nho]}: a typo fixed, nothing a citizen needs to re-read).
 */
public record Change(LocalDate date, String message, String id, boolean minor) {
}
