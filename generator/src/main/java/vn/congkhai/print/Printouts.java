package vn.congkhai.print;

import vn.congkhai.config.Commune;
import vn.congkhai.model.Disclosure;
import vn.congkhai.render.SitePlan;
import vn.congkhai.model.PostingPeriod;
import vn.congkhai.render.PageMemory;
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
import java.util.function.Supplier;

/**
 * The notice-board printouts of the site, as its {@link SitePlan} lists them: a PDF per disclosure, per printed page
 * it adds (a plan's period report), and the posting records of each disclosure with a posting period. Each PDF is made on a worker thread as soon as it is asked for, while the
 * site's pages go on rendering, and comes from {@link PdfCache} when its HTML has not changed since the last bake.
 */
public final class Printouts implements AutoCloseable {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** For the benchmark only: bake without printouts, to measure what they cost. The site's PDF links then break. */
    public static final String SKIP_PROPERTY = "congkhai.benchmark.skipPdf";

    /** A posting record with its own header block (the start and the end of posting are dated differently). */
    public record Record(PrintHead head, PostingRecord record) {
    }

    private final Commune commune;
    private final LocalDate bakeDate;
    private final Templates templates;
    private final Path site;
    private final PdfCache cache;
    /** A printout made from the same model, template and file information as in the last bake is taken from it. */
    private final PageMemory lastBake;
    private final PdfMaker maker = new PdfMaker();
    /**
     * One worker while the site's pages are still rendering on the main thread (measured on 2 cores: more workers
     * then slow the whole bake down), all cores once the pages are done ({@link #finish()}).
     */
    /** Long enough for the longest list's printout to be laid out (see {@code bench/big-list.sh}). */
    private static final int CLOSE_WAIT_SECONDS = 120;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>());
    /**
     * Laying out a printout takes up to 200 bytes of heap per character of its HTML (measured on a list of 10,000
     * households: 1.3 million characters, 230 MB). The printouts laid out at the same time share half the heap, so
     * that long lists are laid out one after the other rather than together, out of memory.
     */
    private static final int HEAP_PER_HTML_CHAR = 200;
    private final int budget = (int) Math.max(1, Math.min(Integer.MAX_VALUE,
            Runtime.getRuntime().maxMemory() / 2 / HEAP_PER_HTML_CHAR));
    private final Semaphore memory = new Semaphore(budget, true);
    private final List<Future<?>> jobs = new ArrayList<>();
    private final boolean skip = skipped();

    public Printouts(Commune commune, LocalDate bakeDate, Templates templates, Path site, PdfCache cache,
                     PageMemory lastBake) {
        this.lastBake = lastBake;
        this.commune = commune;
        this.bakeDate = bakeDate;
        this.templates = templates;
        this.site = site;
        this.cache = cache;
    }

    /** Whether this bake leaves the printouts out (benchmark only). */
    public static boolean skipped() {
        return Boolean.getBoolean(SKIP_PROPERTY);
    }

    /** Starts every printout of {@code plan} on worker threads. */
    public void start(SitePlan plan) {
        if (skip) {
            return;
        }
        for (SitePlan.Address printout : plan.printouts()) {
            SitePlan.Printed p = printout.printed();
            Disclosure d = printout.of().disclosure();
            String revision = printout.of().page().revision();
            submit(printout.path(), printout.template(), () -> switch (p.form()) {
                case DISCLOSURE -> disclosure(d, revision, printout.model().get());
                case POSTING_RECORDS -> postingRecords(d, revision, printout.model().get());
                case PAGE -> page(d, p.page(), p.kind(), p.title(), revision, printout.model().get());
            });
        }
    }

    /** What a printout is made from: the model of its template, and the PDF's own metadata. */
    private record Job(Map<String, Object> model, PdfMaker.Info info) {
    }

    /** The printout of a disclosure; {@code model} is what its web page shows. */
    private Job disclosure(Disclosure d, String revision, Map<String, Object> model) {
        DocumentKind kind = DocumentKind.of(d.title(), d.type());
        PrintHead head = head(d, d.number(), d.date(), kind.kind(), kind.title(), revision, d.uri())
                .withEffective(d.effective());
        return job(with(model, "print", head), head, d.title());
    }

    /** The printout of a page issued under a disclosure but not one itself (a plan's period report). */
    private Job page(Disclosure issuer, String uri, String kind, String title, String revision,
                     Map<String, Object> model) {
        PrintHead head = head(issuer, null, bakeDate, kind, title, revision, uri);
        return job(with(model, "print", head), head, title);
    }

    /**
     * The posting records of a disclosure with a posting period, in one file to print: the record of the start of
     * posting, and of its end unless it is posted permanently.
     */
    private Job postingRecords(Disclosure d, String revision, Map<String, Object> model) {
        PostingPeriod posting = d.posting();
        String document = d.title() + (d.number() == null ? "" : " (số " + d.number() + ")") + " ngày "
                + VietnameseFormat.date(d.date()) + " của " + d.issuer();
        String places = String.join("; ", commune.postingPlaces());
        String period = posting.permanent() ? "thường xuyên, từ ngày " + VietnameseFormat.date(posting.from())
                : "từ ngày " + VietnameseFormat.date(posting.from()) + " đến ngày " + VietnameseFormat.date(posting.to())
                + " (" + (posting.to().toEpochDay() - posting.from().toEpochDay() + 1) + " ngày)";
        List<Record> records = new ArrayList<>();
        records.add(record(d, revision, new PostingRecord(false, words(posting.from()), commune.postingPlaces().get(0),
                document, period, places), posting.from()));
        if (!posting.permanent()) {
            records.add(record(d, revision, new PostingRecord(true, words(posting.to()), commune.postingPlaces().get(0),
                    document, period, places), posting.to()));
        }
        return job(with(model, "records", records), records.get(0).head(), "Biên bản niêm yết " + d.title());
    }

    private Record record(Disclosure d, String revision, PostingRecord record, LocalDate day) {
        String title = (record.ending() ? "Kết thúc niêm yết công khai " : "Niêm yết công khai ") + lowerFirst(d.title());
        return new Record(head(d, null, day, "BIÊN BẢN", title, revision, d.uri()), record);
    }

    private Job job(Map<String, Object> model, PrintHead head, String title) {
        return new Job(model, new PdfMaker.Info(title, commune.committee(),
                "Bản in thông tin: " + head.address() + " (phiên bản " + head.revision() + ")", bakeDate));
    }

    /**
     * Makes the printout at {@code path} on a worker thread from what {@code job} gives, or takes the last bake's when
     * made from an equal model.
     */
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

    /** Waits for every PDF; returns how many were written. */
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

    /**
     * Stops the printouts not yet started and waits, for at most {@value #CLOSE_WAIT_SECONDS} s, for those being laid
     * out: after a failed bake they would still be writing into the staging folder the bake deletes.
     */
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
                           String uri) {
        String address = commune.siteAddress() + "/" + uri;
        return new PrintHead(issuerLines(d), number, VietnameseFormat.documentDate(commune.name(), date), kind, title,
                address, VietnameseFormat.date(bakeDate), revision, d.draft(), null);
    }

    /**
     * The issuing body in capitals on two lines ("ỦY BAN NHÂN DÂN" / "XÃ LỤC BA"); documents issued before the
     * 2025 reorganisation name the former district above it.
     */
    List<String> issuerLines(Disclosure d) {
        String issuer = d.issuer().toUpperCase(VI);
        List<String> lines = new ArrayList<>();
        if (!commune.formerDistrict().isEmpty() && d.date().isBefore(LocalDate.of(2025, 7, 1))) {
            lines.add("UBND HUYỆN " + commune.formerDistrict().toUpperCase(VI));
            lines.add(issuer.replace("ỦY BAN NHÂN DÂN", "UBND"));
            return lines;
        }
        int split = issuer.lastIndexOf(" XÃ ");
        if (split > 0) {
            lines.add(issuer.substring(0, split));
            lines.add(issuer.substring(split + 1));
        } else {
            lines.add(issuer);
        }
        return lines;
    }

    private static Map<String, Object> with(Map<String, Object> model, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(model);
        copy.put(key, value);
        return copy;
    }

    /** "ngày 26 tháng 3 năm 2024", as a record is dated. */
    static String words(LocalDate date) {
        return VietnameseFormat.documentDate("", date).substring(2);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(VI) + text.substring(1);
    }
}
