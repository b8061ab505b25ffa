package vn.congkhai.reception;

import java.time.LocalDate;
import java.time.LocalTime;

/** One citizen reception session: when, who receives and where (Law 42/2013/QH13 on citizen reception). */
public record ReceptionSession(LocalDate date, LocalTime from, LocalTime to, String receiver, String place,
                               String note) {
}
