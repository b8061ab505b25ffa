package vn.congkhai.print;

import java.util.Map;

/** One PDF to make: where it goes, which print template, with what model, and what the file says about itself. */
public record PrintJob(String path, String template, Map<String, Object> model, PdfMaker.Info info) {
}
