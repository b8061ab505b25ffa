package vn.congkhai.print;

import vn.congkhai.config.Commune;
import vn.congkhai.kind.ExtraPage;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.PostingPeriod;
import vn.congkhai.render.PageMemory;
import vn.congkhai.render.SitePlan;
import vn.congkhai.render.Templates;
import vn.congkhai.text.VietnameseFormat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** The plan's printouts, made on worker threads while the pages render, unless the last bake's or the cache's fit. */
public final class Printouts implements AutoCloseable {

    /** For the benchmark only: bake without printouts, to measure what they cost. The site's PDF links then break. */
    public static final String SKIP_PROPERTY = "congkhai.benchmark.skipPdf";
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Long enough for the longest list's printout to be laid out ({@code bench/big-list.sh}). */
    private static final int CLOSE_WAIT_SECONDS = 120;
    /** Heap a printout takes to lay out, per character of its HTML (a long list's, at most). */
    private static final int HEAP_PER_HTML_CHAR = 200;
    /** Kinds of document a title may start with (Decree 30/2020), for the document type line. */
    private static final List<String> KINDS = List.of("Kế hoạch", "Thông báo", "Quyết định", "Danh sách", "Kết luận",
            "Báo cáo", "Biên bản", "Hướng dẫn", "Quy chế", "Công văn", "Tờ trình", "Lịch", "Nghị quyết", "Phương án");

    /**
     * A printout's Decree 30/2020 header block, type and title, and the way back to the online original.
     *
     * @param draft     printed from the preview: it then says, above all, not to post it
     * @param effective the day a document takes effect ("01/07/2024"), or null
     */
    public record PrintHead(List<String> issuerLines, String number, String placeDate, String kind, String title,
                            String address, String printedOn, String revision, boolean draft, String effective) {

        public PrintHead {
            issuerLines = List.copyOf(issuerLines);
        }

        /** The address's QR code as a PNG data URI, for a commune's own template (the theme's draws it itself). */
        public String qr() {
            return QrCode.dataUri(address);
        }
    }

    /** A posting record with its own header block (the start and the end of posting are dated differently). */
    public record Record(PrintHead head, PostingRecord record) {
    }

    /** A "biên bản niêm yết" (start of posting) or "kết thúc niêm yết" (end) for signature, pre-filled. */
    public record PostingRecord(boolean ending, String day, String place, String document, String period,
                                String places) {
    }

    /** What a printout is made from: the model of its template, and the PDF's own metadata. */
    private record Job(Map<String, Object> model, PdfMaker.Info info) {
    }

    private final Commune commune;
    private final LocalDate bakeDate;
    private final Templates templates;
    private final Path site;
    private final PdfCache cache;
    private final PageMemory lastBake;
    private final PdfMaker maker = new PdfMaker();
    /** One worker while the pages render on the main thread, all cores after. */
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>());
    /** Printouts laid out at once share half the heap, so that long lists wait for each other, not run out of it. */
    private final int budget = (int) Math.max(1, Math.min(Integer.MAX_VALUE,
            Runtime.getRuntime().maxMemory() / 2 / HEAP_PER_HTML_CHAR));
    private final Semaphore memory = new Semaphore(budget, true);
    private final List<Future<?>> jobs = new ArrayList<>();

    public Printouts(Commune commune, LocalDate bakeDate, Templates templates, Path site, PdfCache cache,
                     PageMemory lastBake) {
        this.commune = commune;
        this.bakeDate = bakeDate;
        this.templates = templates;
        this.site = site;
        this.cache = cache;
        this.lastBake = lastBake;
    }

    public void start(SitePlan plan) {
        if (Boolean.getBoolean(SKIP_PROPERTY)) {
            return;
        }
        for (SitePlan.Address printout : plan.addresses(SitePlan.Kind.PRINTOUT)) {
            Disclosure d = printout.of().disclosure();
            String revision = printout.of().page().revision();
            ExtraPage.Printout p = printout.extra() == null ? null : printout.extra().printout();
            submit(printout.path(), printout.template(), () -> {
                if (p != null) { // a page issued under the disclosure, a plan's report
                    PrintHead head = head(d, null, bakeDate, p.kind(), p.title(), revision, printout.extra().href(),
                            null);
                    return job(printout.model().get(), "print", head, head, p.title());
                }
                return printout.template().equals(SitePlan.POSTING_RECORDS)
                        ? postingRecords(d, revision, printout.model().get())
                        : disclosure(d, revision, printout.model().get());
            });
        }
    }

    /** The printout of a disclosure; {@code model} is what its web page shows. */
    private Job disclosure(Disclosure d, String revision, Map<String, Object> model) {
        String kind = d.type().documentKind();
        String title = d.title();
        for (String named : KINDS) {
            if (title.regionMatches(true, 0, named + " ", 0, named.length() + 1)) {
                kind = named.toUpperCase(VI);
                String rest = title.substring(named.length() + 1).strip();
                title = rest.isEmpty() ? rest : rest.substring(0, 1).toUpperCase(VI) + rest.substring(1);
                break;
            }
        }
        PrintHead head = head(d, d.number(), d.date(), kind, title, revision, d.uri(), d.effective());
        return job(model, "print", head, head, d.title());
    }

    /** The records of the start of posting and, unless it is permanent, of its end, in one file to print. */
    private Job postingRecords(Disclosure d, String revision, Map<String, Object> model) {
        PostingPeriod posting = d.posting();
        String document = d.title() + (d.number() == null ? "" : " (số " + d.number() + ")") + " ngày "
                + VietnameseFormat.date(d.date()) + " của " + d.issuer();
        String places = String.join("; ", commune.postingPlaces());
        String period = posting.permanent() ? "thường xuyên, từ ngày " + VietnameseFormat.date(posting.from())
                : "từ ngày " + VietnameseFormat.date(posting.from()) + " đến ngày " + VietnameseFormat.date(posting.to())
                + " (" + (posting.to().toEpochDay() - posting.from().toEpochDay() + 1) + " ngày)";
        String title = d.title().substring(0, 1).toLowerCase(VI) + d.title().substring(1); // required, so not empty
        // the record's day in words: "ngày 26 tháng 3 năm 2024"
        BiFunction<Boolean, LocalDate, Record> record = (ending, day) -> new Record(head(d, null, day, "BIÊN BẢN",
                (ending ? "Kết thúc niêm yết công khai " : "Niêm yết công khai ") + title, revision, d.uri(), null),
                new PostingRecord(ending, VietnameseFormat.documentDate("", day).substring(2),
                        commune.postingPlaces().get(0), document, period, places));
        List<Record> records = posting.permanent() ? List.of(record.apply(false, posting.from()))
                : List.of(record.apply(false, posting.from()), record.apply(true, posting.to()));
        return job(model, "records", records, records.get(0).head(), "Biên bản niêm yết " + d.title());
    }

    /** The page's {@code model} with what the printout adds under {@code key}, and the PDF's metadata. */
    private Job job(Map<String, Object> page, String key, Object value, PrintHead head, String title) {
        Map<String, Object> model = new LinkedHashMap<>(page);
        model.put(key, value);
        return new Job(model, new PdfMaker.Info(title, commune.committee(),
                "Bản in thông tin: " + head.address() + " (phiên bản " + head.revision() + ")", bakeDate));
    }

    /** Makes the printout at {@code path} on a worker thread, or takes the last bake's when made from the same. */
    private void submit(String path, String template, Supplier<Job> job) {
        jobs.add(pool.submit(() -> {
            Path target = site.resolve(path);
            Job made = job.get();
            if (lastBake.reuse(path, template, List.of(made.model(), made.info()), target)
                    && lastBake.noted(path) != null) {
                cache.keep(lastBake.noted(path));
                return;
            }
            String html = templates.render(template, made.model());
            lastBake.note(path, cache.put(target, html, made.info(), () -> layOut(html, made.info())));
        }));
    }

    /** Makes a PDF once its share of the memory budget is free (the whole budget for a very long one). */
    private byte[] layOut(String html, PdfMaker.Info info) {
        int share = Math.min(html.length(), budget);
        memory.acquireUninterruptibly(share);
        try {
            return maker.pdf(html, info);
        } finally {
            memory.release(share);
        }
    }

    /** Waits for every PDF, on all cores now that the pages are done; returns how many were written. */
    public int finish() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        pool.setMaximumPoolSize(cores);
        pool.setCorePoolSize(cores);
        try {
            for (Future<?> f : jobs) {
                f.get();
            }
            cache.forgetUnused();
            return jobs.size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Stops the printouts, waiting a bounded time: after a failed bake they would write into deleted staging. */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private PrintHead head(Disclosure d, String number, LocalDate date, String kind, String title, String revision,
                           String uri, LocalDate effective) {
        return new PrintHead(issuerLines(d), number, VietnameseFormat.documentDate(commune.name(), date), kind, title,
                commune.siteAddress() + "/" + uri, VietnameseFormat.date(bakeDate), revision, d.draft(),
                effective == null ? null : VietnameseFormat.date(effective));
    }

    /** The issuer in capitals on two lines; documents before the 2025 reorganisation name the former district. */
    private List<String> issuerLines(Disclosure d) {
        String issuer = d.issuer().toUpperCase(VI);
        if (!commune.formerDistrict().isEmpty() && d.date().isBefore(LocalDate.of(2025, 7, 1))) {
            return List.of("UBND HUYỆN " + commune.formerDistrict().toUpperCase(VI),
                    issuer.replace("ỦY BAN NHÂN DÂN", "UBND"));
        }
        int split = issuer.lastIndexOf(" XÃ ");
        return split > 0 ? List.of(issuer.substring(0, split), issuer.substring(split + 1)) : List.of(issuer);
    }
}
