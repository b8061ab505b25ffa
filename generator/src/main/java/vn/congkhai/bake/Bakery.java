package vn.congkhai.bake;

import vn.congkhai.compliance.ComplianceCheck;
import vn.congkhai.compliance.ComplianceWarning;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.content.ContentReader;
import vn.congkhai.content.Sources;
import vn.congkhai.feed.Messages;
import vn.congkhai.history.GitHistory;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.SiteContent;
import vn.congkhai.print.PdfCache;
import vn.congkhai.print.Printouts;
import vn.congkhai.problem.ContentProblemsException;
import vn.congkhai.problem.Problems;
import vn.congkhai.render.PageMemory;
import vn.congkhai.render.PageWriter;
import vn.congkhai.render.SiteModel;
import vn.congkhai.render.SitePlan;
import vn.congkhai.render.SiteRenderer;
import vn.congkhai.render.Templates;
import vn.congkhai.search.SearchIndex;
import vn.congkhai.validate.ContentValidator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The whole bake, stage by stage: read, check, model, outputs into a staging folder, swap. What it takes from the last
 * bake is in {@link BakeCache}; a failed bake leaves the site untouched.
 */
public final class Bakery implements AutoCloseable {

    /** JBake keeps its state in static registries: one bake at a time per JVM. */
    private static final Object LOCK = new Object();

    private final Path projectDir;
    private final Path siteDir;
    private final Path pdfCacheDir;
    BakeMemory memory = new BakeMemory(false);
    private boolean drafts;
    private SiteLock.Task task = SiteLock.Task.BAKE;
    private Consumer<String> waiting = System.out::println;

    public Bakery(Path projectDir, Path siteDir) {
        this(projectDir, siteDir, pdfCacheFor(siteDir));
    }

    /** A bakery with its printout cache elsewhere (tests share one). */
    public Bakery(Path projectDir, Path siteDir, Path pdfCacheDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.pdfCacheDir = pdfCacheDir.toAbsolutePath().normalize();
    }

    /** {@code target/pdf-cache} for {@code target/site}. */
    public static Path pdfCacheFor(Path siteDir) {
        return siteDir.toAbsolutePath().normalize().resolveSibling("pdf-cache");
    }

    /** {@code target/bake-cache} for {@code target/site}: the last bake's state ({@link BakeCache}). */
    public static Path bakeCacheFor(Path siteDir) {
        return siteDir.toAbsolutePath().normalize().resolveSibling("bake-cache");
    }

    /** This bakery, baking again and again (the preview's), keeps a {@link BakeMemory}; {@link #close()} drops it. */
    public Bakery remembering() {
        this.memory = new BakeMemory(true);
        return this;
    }

    /** This bakery's bakes are {@code task} to whoever waits for the {@link SiteLock}; {@code waiting} hears a wait. */
    public Bakery lockedAs(SiteLock.Task task, Consumer<String> waiting) {
        this.task = task;
        this.waiting = waiting;
        return this;
    }

    /** This bakery's sites show the drafts too, each with a band saying so (the preview's). */
    public Bakery showingDrafts() {
        this.drafts = true;
        return this;
    }

    /** Bakes the site; content with mistakes throws {@link ContentProblemsException} and leaves it untouched. */
    public BakeReport bake() throws ContentProblemsException {
        synchronized (LOCK) {
            try (SiteLock lock = SiteLock.take(siteDir, task, waiting)) {
                LibraryLogs.quiet();
                return new Bake().run();
            }
        }
    }

    /** Reads and checks the content and runs the compliance check, writing nothing. */
    public BakeReport check() throws ContentProblemsException {
        synchronized (LOCK) {
            long start = System.nanoTime();
            Problems problems = new Problems();
            SiteContent content = validate(problems, Map.of());
            return report(false, content, 0, new TreeSet<>(), start, new ComplianceCheck(content).run(), problems);
        }
    }

    /** Reads and checks the content, reporting every problem at once. */
    public SiteContent validate() throws ContentProblemsException {
        return validate(new Problems(), Map.of());
    }

    /** Reads and checks into {@code problems}; {@code hashed} names the bytes the sources' digest just read. */
    private SiteContent validate(Problems problems, Map<String, String> hashed) throws ContentProblemsException {
        SiteConfig config = settings(SiteConfig.load(projectDir, problems));
        if (config == null) {
            throw new ContentProblemsException(problems);
        }
        SiteContent content = ContentValidator.validate(config, new ContentReader(projectDir, contentDir(), hashed),
                problems, memory.nextCheckMemo());
        if (!problems.isEmpty()) {
            throw new ContentProblemsException(problems);
        }
        return content;
    }

    /** Drops what this bakery kept ({@link #remembering()}). */
    @Override
    public void close() {
        synchronized (LOCK) {
            memory.close();
        }
    }

    private final class Bake {
        private final long start = System.nanoTime();
        private final BakeClock clock = new BakeClock();
        private final BakeCache cache = new BakeCache(projectDir, siteDir);
        private final Path staging = SiteSwap.staging(siteDir);
        /** JBake's store, git's HEAD, the last state and deleting the site the last bake replaced, alongside. */
        private final ExecutorService background = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "bake-background");
            t.setDaemon(true);
            return t;
        });
        private final Problems problems = new Problems();
        private String sources;
        /** The files the last bake left in the site, when this one brings it up to date where it is; else null. */
        private Set<String> lastFiles;

        BakeReport run() throws ContentProblemsException {
            boolean outOfResources = false;
            boolean succeeded = false;
            try {
                Future<Optional<String>> head = background.submit(() -> GitHistory.head(contentDir()));
                // the last state and the site's listing are read while the sources are hashed
                Future<Optional<BakeCache.State>> last = background.submit(cache::read);
                Future<SiteListing> listed = background.submit(() -> SiteListing.of(siteDir));
                Sources.Hashed hashed = Sources.hashed(projectDir);
                sources = hashed.all();
                SiteConfig settings = settings(SiteConfig.load(projectDir, new Problems()));
                String key = settings == null ? null : cache.key(sources, settings, await(head));
                SiteListing site = await(listed); // the state is kept only for a site as its bake left it
                Optional<BakeCache.State> previous = await(last).filter(s -> s.siteFiles().equals(site.digest()));
                Optional<BakeReport> unchanged = BakeCache.reuse(previous, key, start);
                clock.lap("read");
                if (unchanged.isPresent()) {
                    receipt(settings, site);
                    return unchanged.get();
                }
                background.submit(memory::store); // JBake's database starts while the content is checked
                SiteContent content = validate(problems, hashed.files());
                clock.lap("check");
                Future<?> filed = background.submit(() -> clock.time("JBake store",
                        () -> memory.file(content.published())));
                List<ComplianceWarning> warnings = new ComplianceCheck(content).run();
                SiteModel model = SiteModel.of(content, warnings, memory.history(contentDir()));
                Templates templates = new Templates(projectDir.resolve("templates"));
                SitePlan plan = SitePlan.of(model, templates);
                clock.lap("model");
                boolean inPlace = memory.kept && previous.isPresent();
                lastFiles = inPlace ? site.files().keySet() : null;
                PageMemory pages = cache.pages(previous, inPlace);
                Future<?> replaced = background.submit(() -> SiteSwap.deleteTree(SiteSwap.previous(siteDir)));
                int written = outputs(content, model, plan, templates, pages);
                await(filed);
                clock.lap("outputs");
                await(replaced); // the site the last bake replaced, deleted meanwhile
                swap(pages);
                BesideTheSite.write(ReleaseMessages.pathFor(siteDir), new ReleaseMessages(sources,
                        Messages.of(content.config().commune(), content.published())));
                clock.lap("swap");
                BakeReport report = report(true, content, written, pages.rendered(), start, warnings, problems);
                receipt(content.config(), cache.save(key, report, pages.hashes()));
                clock.lap("state saved");
                clock.print();
                succeeded = true;
                return report;
            } catch (ContentProblemsException e) {
                BesideTheSite.write(BakeReceipt.pathFor(siteDir),
                        new BakeReceipt(false, null, false, null, sources, null));
                throw e;
            } catch (VirtualMachineError | RuntimeException e) {
                // out of memory, any thread may have died mid-step; a bake in place may have left the site half done
                outOfResources = e instanceof VirtualMachineError;
                if (lastFiles != null) {
                    cache.forget();
                }
                throw e;
            } finally {
                finish(outOfResources, succeeded);
            }
        }

        /** Every output into the staging folder, printouts and derived outputs beside the pages; returns how many. */
        private int outputs(SiteContent content, SiteModel model, SitePlan plan, Templates templates,
                            PageMemory pages) {
            try (Printouts printouts = new Printouts(content.config().commune(), content.config().bakeDate(),
                    templates, staging, new PdfCache(pdfCacheDir), pages)) {
                printouts.start(plan);
                PageWriter out = new PageWriter(templates, staging, pages);
                SearchIndex.Memo search = memory.nextSearchMemo();
                CompletableFuture<Void> derived = CompletableFuture.runAsync(() -> DerivedOutputs.write(model, plan,
                        out, search));
                try {
                    SiteRenderer.render(plan, out);
                } finally {
                    derived.handle((done, failed) -> null).join(); // done, failed or not, before going on
                }
                await(derived);
                int printed = printouts.finish();
                SiteFiles.copy(content.files(), projectDir, staging, problems);
                return out.pages() + printed;
            }
        }

        /** The staging folder in place of the site, or merged into it where it is; nothing if a file was refused. */
        private void swap(PageMemory pages) throws ContentProblemsException {
            if (!problems.isEmpty()) {
                throw new ContentProblemsException(problems);
            }
            PublicModes.apply(staging);
            if (lastFiles != null) {
                SiteSwap.merge(siteDir, staging, pages.kept(), lastFiles);
            } else {
                SiteSwap.replace(siteDir, staging);
            }
        }

        /** Waits for the background steps (unless out of resources) and deletes the staging folder. */
        private void finish(boolean outOfResources, boolean succeeded) {
            if (outOfResources) { // nothing waited for: a kept store is in doubt
                background.shutdownNow();
            } else {
                background.shutdown();
                try {
                    background.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            memory.after(outOfResources);
            try {
                SiteSwap.deleteTree(staging);
            } catch (java.io.UncheckedIOException e) {
                if (succeeded) { // after a failure, that failure is the one to report; the next bake deletes it
                    throw e;
                }
            }
        }

        private void receipt(SiteConfig config, SiteListing site) {
            BesideTheSite.write(BakeReceipt.pathFor(siteDir), new BakeReceipt(true, config.bakeDate().toString(),
                    config.bakeDateFixed(), config.commune().siteAddress(), sources, site.files()));
        }
    }

    private Path contentDir() {
        return projectDir.resolve("content");
    }

    /** The commune's settings as this bakery bakes with them: with the drafts shown, for the preview. */
    private SiteConfig settings(SiteConfig loaded) {
        return loaded != null && drafts ? loaded.withDraftsShown() : loaded;
    }

    /** Waits for a background step, rethrowing what it threw. */
    private static <T> T await(Future<T> step) {
        try {
            return step.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static BakeReport report(boolean baked, SiteContent content, int pages, SortedSet<String> rendered,
                                     long start, List<ComplianceWarning> warnings, Problems notices) {
        List<Disclosure> all = content.disclosures();
        int drafts = (int) all.stream().filter(Disclosure::draft).count();
        int published = (int) content.published().stream().filter(d -> !d.draft()).count();
        return new BakeReport(baked, published, drafts, all.size() - drafts - published, pages,
                content.config().bakeDate(), (System.nanoTime() - start) / 1_000_000, warnings,
                notices.warnings(), false, rendered);
    }
}
