package vn.congkhai.bake;

import vn.congkhai.compliance.ComplianceCheck;
import vn.congkhai.compliance.ComplianceWarning;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.content.ContentReader;
import vn.congkhai.content.ContentTree;
import vn.congkhai.content.Sources;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.SiteContent;
import vn.congkhai.feed.Messages;
import vn.congkhai.history.GitHistory;
import vn.congkhai.print.PdfCache;
import vn.congkhai.print.Printouts;
import vn.congkhai.render.ModelFingerprint;
import vn.congkhai.render.PageMemory;
import vn.congkhai.render.PageWriter;
import vn.congkhai.render.SiteModel;
import vn.congkhai.render.SitePlan;
import vn.congkhai.render.SiteRenderer;
import vn.congkhai.render.Templates;
import vn.congkhai.problem.ContentProblemsException;
import vn.congkhai.validate.ContentValidator;
import vn.congkhai.problem.Problems;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The whole bake, stage by stage: read the content, validate it, and only if nothing is wrong let JBake crawl it
 * into a staging folder where the site is rendered and the assets copied; then swap the staging folder in.
 */
public final class Bakery implements AutoCloseable {

    /** JBake keeps its state in static registries: one bake at a time per JVM. */
    private static final Object LOCK = new Object();

    private final Path projectDir;
    private final Path siteDir;
    private final Path pdfCacheDir;
    private boolean remember;
    private boolean drafts;
    // What a bakery that keeps its work (remembering()) keeps from one bake to the next.
    private JBakeStore store;
    private GitHistory lastHistory;
    /** The state of its last bake, as it saved it, and the saving under way (on a thread of its own). */
    private volatile BakeCache.Written written;
    private Future<?> saving;
    /** The deleting of the site its last bake replaced, under way on the same thread after the saving. */
    private Future<?> clearing;
    private ExecutorService saver;
    /**
     * The files the last bake left in the site, by address, when the bake under way brings the site up to date where
     * it is ({@link PageMemory#inPlace()}); else null.
     */
    private Set<String> siteFiles;
    /** How many stores a bakery keeping one has opened (one unless a crawl failed). */
    private int storesOpened;
    /** What this bakery's bakes are to the officer while they hold the commune's lock, and who is told of a wait. */
    private SiteLock.Task task = SiteLock.Task.BAKE;
    private Consumer<String> waiting = System.out::println;
    /** The releasing of the lock of the last bake, once its state is saved (a bakery that keeps its work). */
    private Future<?> releasing;

    /** A bakery whose printouts are cached next to the site ({@code target/pdf-cache}). */
    public Bakery(Path projectDir, Path siteDir) {
        this(projectDir, siteDir, pdfCacheFor(siteDir));
    }

    /** Where the printouts of a site are cached by default: {@code pdf-cache} beside it ({@code target/pdf-cache}). */
    public static Path pdfCacheFor(Path siteDir) {
        return siteDir.toAbsolutePath().normalize().resolveSibling("pdf-cache");
    }

    /**
     * This bakery, keeping from one bake to the next (the preview's) JBake's store (each crawl then files again only
     * the documents that changed), the HTML made of each Markdown text, the search index's rows, the git history
     * (while the same commit is checked out), each source file's digest and what was read of it (while the file
     * keeps its stamp: {@link SourceMemory}) and what the checks of it alone found, the disclosures' pages equal to the
     * last bake's ({@link SiteModel#of(SiteContent, List, GitHistory, SiteModel)}), and the fingerprints of the objects
     * that are the same from one bake to the next: what did not change is not made again. {@link #close()} drops them.
     */
    public Bakery remembering() {
        this.remember = true;
        return this;
    }

    /**
     * This bakery's bakes, while they hold the commune's {@link SiteLock}, are {@code task} to whoever waits for them;
     * {@code waiting} is told when a bake waits for another command (by default, standard output).
     */
    public Bakery lockedAs(SiteLock.Task task, Consumer<String> waiting) {
        this.task = task;
        this.waiting = waiting;
        return this;
    }

    /**
     * This bakery's sites show the drafts too, each with a band saying it is a draft (the preview's, kept in a folder
     * of its own): the officer reads a text as it will be published before publishing it.
     */
    public Bakery showingDrafts() {
        this.drafts = true;
        return this;
    }

    /** Where the state of the last bake into a site folder is kept: {@code bake-cache} beside it. */
    public static Path bakeCacheFor(Path siteDir) {
        return BakeCache.dirFor(siteDir);
    }

    /** A bakery with its printout cache elsewhere (tests share one; the cache is keyed by each PDF's content). */
    public Bakery(Path projectDir, Path siteDir, Path pdfCacheDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.pdfCacheDir = pdfCacheDir.toAbsolutePath().normalize();
    }

    /**
     * Bakes the site.
     *
     * @throws ContentProblemsException when the content has mistakes; the site is then left untouched
     */
    public BakeReport bake() throws ContentProblemsException {
        synchronized (LOCK) {
            if (releasing != null) {
                settle(releasing); // the last bake's state saved and its lock released
            }
            SiteLock lock = SiteLock.take(siteDir, task, waiting);
            Future<?> before = releasing;
            try {
                return bake(lock);
            } finally {
                if (releasing == before) { // not handed over to the saver thread
                    lock.close();
                }
            }
        }
    }

    /** The bake, under the commune's lock (released by the saver thread once the state is saved, when it saves). */
    private BakeReport bake(SiteLock lock) throws ContentProblemsException {
        synchronized (LOCK) { // held already (bake())
            LibraryLogs.quiet();
            long start = System.nanoTime();
            BakeClock clock = new BakeClock();
            // the commit checked out is looked up (git opened: a quarter of a second cold), and the generator's code
            // hashed once per process (for the pages' environment), while the sources are read
            CompletableFuture<Optional<String>> head = CompletableFuture.supplyAsync(() -> {
                BakeCache.generator();
                return GitHistory.head(projectDir.resolve("content"));
            }, r -> {
                Thread t = new Thread(r, "bake-git-head");
                t.setDaemon(true);
                t.start();
            });
            String sources = Sources.digest(projectDir);
            clock.lap("sources' digest");
            BakeCache cache = new BakeCache(projectDir, siteDir);
            SiteConfig settings = settings(SiteConfig.load(projectDir, new Problems()));
            if (saving != null) {
                settle(saving); // the last bake's state, saved meanwhile
            }
            // Without a last state there is nothing to compare the key with: a bake afresh waits for git's HEAD only
            // when it saves its own state.
            Supplier<String> keyOf = () -> settings == null ? null : BakeCache.key(sources, settings, await(head));
            String key = written != null || cache.exists() ? keyOf.get() : null;
            Optional<BakeCache.State> previous = remember && key != null ? cache.previous(written, key)
                    : cache.previous();
            BakeReport unchanged = key == null ? null : BakeCache.reuse(previous, key, start).orElse(null);
            clock.lap("last bake's state");
            if (unchanged != null) {
                clock.print();
                receipt(settings, sources, cache.listing());
                return unchanged;
            }
            // JBake's store is opened (its database started) while the content is read and validated.
            ExecutorService background = Executors.newFixedThreadPool(3, r -> {
                Thread t = new Thread(r, "bake-background");
                t.setDaemon(true);
                return t;
            });
            Path crawl = siteDir.resolveSibling(siteDir.getFileName() + ".crawl");
            Path staging = SiteSwap.staging(siteDir);
            Future<JBakeStore> opened = background.submit(() -> store != null ? store : open(crawl, staging));
            // JBake crawls what will be published as soon as the documents' metadata is checked, alongside the rest
            CompletableFuture<List<Disclosure>> toCrawl = new CompletableFuture<>();
            boolean outOfResources = false;
            boolean succeeded = false;
            siteFiles = null;
            Future<?> crawled = background.submit(() -> clock.time("JBake crawl", () -> crawl(await(toCrawl),
                    opened, staging)));
            try {
                Problems problems = new Problems();
                SiteContent content = validate(problems, toCrawl::complete);
                clock.lap("read, validate");
                PageMemory memory = cache.pages(previous, new ModelFingerprint());
                // The preview brings its site up to date where it is, what is taken from the last bake left in place,
                // when it knows what that bake left there (its state as it saved it, in memory).
                siteFiles = remember && written != null && previous.isPresent()
                        && previous.get() == written.state() && previous.get().pages() != null
                        ? written.files() : null;
                if (siteFiles != null) {
                    memory.inPlace();
                }
                BakeReport report = write(content, problems, start, clock, memory, background, crawled, toCrawl,
                        opened, staging);
                new ReleaseMessages(sources, Messages.of(content.config().commune(), content.published()))
                        .write(siteDir);
                String savedKey = key != null ? key : keyOf.get();
                if (savedKey != null && remember) { // saved while the officer looks at the page
                    Map<String, String> pages = memory.fingerprints();
                    saver = saver != null ? saver : Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(r, "bake-state");
                        t.setDaemon(true);
                        return t;
                    });
                    written = null; // the site is this bake's now: the last state no longer describes it
                    SiteConfig config = content.config();
                    saving = saver.submit(() -> {
                        written = cache.save(savedKey, report, pages);
                        receipt(config, sources, cache.listing());
                    });
                    clearing = saver.submit(() -> SiteSwap.deleteTree(SiteSwap.previous(siteDir)));
                    releasing = saver.submit(lock::close); // no other command touches the site until then
                } else {
                    if (savedKey != null) {
                        cache.save(savedKey, report, memory.fingerprints());
                    }
                    receipt(content.config(), sources, savedKey != null ? cache.listing() : SiteListing.of(siteDir));
                }
                clock.lap("state saved");
                clock.print();
                succeeded = true;
                return report;
            } catch (ContentProblemsException e) {
                new BakeReceipt(false, null, false, null, sources, null).write(siteDir);
                throw e;
            } catch (VirtualMachineError e) { // out of memory: any thread may have died mid-step, its step unfinished
                outOfResources = true;
                forgetIfInPlace(cache);
                throw e;
            } catch (RuntimeException e) {
                forgetIfInPlace(cache);
                throw e;
            } finally {
                toCrawl.cancel(false); // a bake that failed before its documents were known crawls nothing
                if (outOfResources) { // nothing waited for; a kept store is in doubt
                    background.shutdownNow();
                    if (remember) {
                        dropStore();
                    }
                } else {
                    settle(crawled); // nothing may still be writing when the folders are cleared
                    background.shutdown();
                    settle(opened);
                }
                clearStaging(staging, succeeded);
                if (!remember) { // a one-off bake's store, whether or not it crawled (its copies stay for the next)
                    closeQuietly(opened);
                }
            }
        }
    }

    /**
     * Deletes the staging folder (JBake's settings make it, whether or not the bake got that far). After a failed
     * bake, a folder that cannot be deleted is left for the next bake to clear: the bake's own failure is the one to
     * report, not this.
     */
    private static void clearStaging(Path staging, boolean succeeded) {
        try {
            SiteSwap.deleteTree(staging);
        } catch (java.io.UncheckedIOException e) {
            if (succeeded) {
                throw e;
            }
        }
    }

    /**
     * After a bake that was to bring the site up to date where it is and failed: the site may be half brought, so
     * neither the last state (in memory or saved) describes it: the next bake starts afresh.
     */
    private void forgetIfInPlace(BakeCache cache) {
        if (siteFiles != null) {
            written = null;
            cache.forget();
        }
    }

    /** A new JBake store (counted: a bakery that keeps one opens it once, unless a crawl failed). */
    private JBakeStore open(Path crawl, Path staging) {
        JBakeStore opened = new JBakeStore(crawl, staging);
        if (remember) {
            store = opened;
            storesOpened++;
        }
        return opened;
    }

    private static void closeQuietly(Future<JBakeStore> opened) {
        try {
            if (opened.isDone() && !opened.isCancelled()) {
                opened.get().close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException e) {
            // it never opened, or is being dropped anyway
        }
    }

    private void receipt(SiteConfig config, String sources, SiteListing site) {
        new BakeReceipt(true, config.bakeDate().toString(), config.bakeDateFixed(), config.commune().siteAddress(),
                sources, site.files()).write(siteDir);
    }

    /**
     * Stages 3 on, into a staging folder swapped in only when nothing went wrong. The cores share the work: JBake
     * crawls on a thread of its own (since the documents' metadata was checked: {@code crawled}, of what {@code
     * crawling} gave) while the pages are rendered (in parallel) and the printouts laid out, and the site replaced by
     * the previous bake is deleted meanwhile.
     */
    private BakeReport write(SiteContent content, Problems problems, long start, BakeClock clock,
                             PageMemory memory, ExecutorService background, Future<?> crawled,
                             CompletableFuture<List<Disclosure>> crawling, Future<JBakeStore> opened, Path staging)
            throws ContentProblemsException {
        Future<?> oldSite = clearing != null ? clearing // the replaced site is being deleted since the last bake
                : background.submit(() -> SiteSwap.deleteTree(SiteSwap.previous(siteDir)));
        clearing = null;
        try {
            List<ComplianceWarning> warnings = new ComplianceCheck(content).run();
            int pages = render(content, warnings, staging, clock, memory);
            SiteFiles.copy(content.files(), projectDir, staging, problems);
            await(crawled);
            if (!addresses(crawling.join()).equals(addresses(content.published()))) { // never, once validated
                crawl(content.published(), opened, staging);
            }
            clock.lap("JBake crawl (wait)");
            if (!problems.isEmpty()) {
                throw new ContentProblemsException(problems);
            }
            PublicModes.apply(staging);
            if (siteFiles != null) {
                SiteSwap.merge(siteDir, staging, memory.kept(), siteFiles);
            } else {
                await(oldSite);
                SiteSwap.replace(siteDir, staging);
            }
            clock.lap("files, swap");
            return report(true, content, pages, (System.nanoTime() - start) / 1_000_000, warnings,
                    problems.warnings());
        } catch (VirtualMachineError e) { // nothing waited for (see bake())
            oldSite = null;
            throw e;
        } finally {
            if (oldSite != null) {
                settle(oldSite);
            }
        }
    }

    private static Set<String> addresses(List<Disclosure> disclosures) {
        return disclosures.stream().map(Disclosure::uri).collect(Collectors.toSet());
    }

    /** Waits for a background step that may have failed: its failure is not the one to report. */
    private static void settle(Future<?> step) {
        try {
            step.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // the bake already failed or succeeded on its own account
        }
    }

    /** Waits for a background step, rethrowing what it threw. */
    private static <T> T await(Future<T> step) {
        try {
            return step.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Stage 3 and on: the site's model and its plan of addresses are built once; printouts start on worker threads
     * from the plan; the pages and the derived outputs are written side by side; then the printouts are awaited.
     */
    private int render(SiteContent content, List<ComplianceWarning> warnings, Path staging, BakeClock clock,
                       PageMemory memory) {
        GitHistory history = GitHistory.read(projectDir.resolve("content"), remember ? lastHistory : null);
        lastHistory = remember ? history : null;
        SiteModel model = SiteModel.of(content, warnings, history);
        clock.lap("history, model");
        Templates templates = new Templates(projectDir.resolve("templates"));
        SitePlan plan = SitePlan.of(model, templates);
        try (Printouts printouts = new Printouts(content.config().commune(), content.config().bakeDate(), templates,
                staging, new PdfCache(pdfCacheDir), memory)) {
            printouts.start(plan);
            PageWriter out = new PageWriter(templates, staging, memory);
            CompletableFuture<Void> derived = CompletableFuture.runAsync(() -> DerivedOutputs.write(model, plan,
                    out));
            try {
                SiteRenderer.render(plan, out);
            } catch (RuntimeException | Error e) {
                settle(derived);
                throw e;
            }
            clock.lap("pages");
            await(derived);
            clock.lap("derived outputs (wait)");
            int printed = printouts.finish();
            clock.lap("printouts (wait)");
            clock.note(memory.reused() + " files from the last bake (pages, printouts, open data; "
                    + (out.pages() + printed) + " pages and printouts in all)");
            return out.pages() + printed;
        }
    }

    /**
     * Stages 1 and 2 and the compliance check, writing nothing: what the bake would publish, and its warnings.
     *
     * @throws ContentProblemsException when the content has mistakes
     */
    public BakeReport check() throws ContentProblemsException {
        synchronized (LOCK) {
            long start = System.nanoTime();
            Problems problems = new Problems();
            SiteContent content = validate(problems);
            List<ComplianceWarning> warnings = new ComplianceCheck(content).run();
            return report(false, content, 0, (System.nanoTime() - start) / 1_000_000, warnings, problems.warnings());
        }
    }

    /** Stages 1 and 2: read and validate, reporting every problem at once. */
    public SiteContent validate() throws ContentProblemsException {
        return validate(new Problems());
    }

    /** Read and validate into {@code problems}, which keeps the warnings of a good bake. */
    private SiteContent validate(Problems problems) throws ContentProblemsException {
        return validate(problems, published -> { });
    }

    /** As above, telling {@code published} what will be published once the documents' metadata is checked. */
    private SiteContent validate(Problems problems, Consumer<List<Disclosure>> published)
            throws ContentProblemsException {
        SiteConfig config = settings(SiteConfig.load(projectDir, problems));
        if (config == null) {
            throw new ContentProblemsException(problems);
        }
        ContentReader reader = new ContentReader(projectDir, projectDir.resolve("content"));
        ContentTree tree = reader.read();
        SiteContent content = ContentValidator.validate(config, tree, reader, problems);
        published.accept(content.published());
        if (!problems.isEmpty()) {
            throw new ContentProblemsException(problems);
        }
        return content;
    }

    /**
     * JBake crawls the validated documents into its store ({@code opened} while they were read); every published
     * document must be there. A kept store is crawled again (only what changed); one in doubt (its crawl failed) is
     * dropped and the crawl done afresh in a new one.
     */
    private void crawl(List<Disclosure> published, Future<JBakeStore> opened, Path staging) {
        JBakeStore into = await(opened);
        if (!remember) { // a one-off store: closed after the bake, whatever happens
            into.crawl(published);
            return;
        }
        try {
            into.crawl(published);
        } catch (RuntimeException e) {
            dropStore();
            open(into.folder(), staging).crawl(published);
        }
    }

    private void dropStore() {
        if (store != null) {
            try {
                store.close();
            } catch (RuntimeException e) {
                // in doubt already: a new store replaces it
            }
            store = null;
        }
    }

    int storesOpened() {
        return storesOpened;
    }

    /** Drops the JBake store this bakery kept ({@link #remembering()}). */
    @Override
    public void close() {
        synchronized (LOCK) {
            if (saving != null) {
                settle(saving);
            }
            if (clearing != null) {
                settle(clearing);
            }
            if (releasing != null) {
                settle(releasing);
            }
            if (saver != null) {
                saver.shutdown();
            }
            dropStore();
        }
    }

    /** The commune's settings as this bakery bakes with them: with the drafts shown, for the preview. */
    private SiteConfig settings(SiteConfig loaded) {
        return loaded != null && drafts ? loaded.withDraftsShown() : loaded;
    }

    private static BakeReport report(boolean baked, SiteContent content, int pages, long millis, List<ComplianceWarning> warnings,
                                     List<vn.congkhai.problem.Problem> notices) {
        List<Disclosure> all = content.disclosures();
        int drafts = (int) all.stream().filter(Disclosure::draft).count();
        int published = (int) content.published().stream().filter(d -> !d.draft()).count();
        return new BakeReport(baked, published, drafts, all.size() - drafts - published, pages,
                content.config().bakeDate(), millis, warnings, notices, false);
    }
}
