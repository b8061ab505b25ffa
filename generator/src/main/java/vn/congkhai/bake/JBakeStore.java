package vn.congkhai.bake;

import com.orientechnologies.orient.core.Orient;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JBake's content store, into which its crawler files the published documents ({@link CrawlFolder}); every crawl
 * checks that the store holds exactly them. A store kept open by a bakery that bakes again and again (the preview's)
 * is crawled again on the next bake: JBake's crawler is given only the files of the documents that changed, and the
 * documents no longer published are deleted from it. Each store has a name of its own, so that two bakeries of one process (a
 * preview and a test's bake) never share one.
 */
final class JBakeStore implements AutoCloseable {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private final Path folder;
    private final DefaultJBakeConfiguration config;
    private final ContentStore db;
    private final Crawler crawler;
    /** What the store holds: each crawled path with the text it was filed from. */
    private Map<String, String> filed = Map.of();

    /**
     * An empty store, crawling from {@code folder} (given the generator's engine settings: JBake reads its settings from
     * it; the last bake's crawled copies are kept there for the first crawl); {@code output} is unused. Opening one
     * starts JBake's database, which takes a while: the bake opens it while the content is still being read.
     */
    JBakeStore(Path folder, Path output) {
        leaveStoppingToTheJvm();
        this.folder = CrawlFolder.settings(folder);
        this.config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(folder.toFile(),
                output.toFile(), true);
        config.setDatabaseStore("memory");
        config.setDatabasePath("cong-khai-" + NAMES.incrementAndGet());
        this.db = new ContentStore(config.getDatabaseStore(), config.getDatabasePath());
        db.startup();
        registerDocumentTypes();
        db.updateSchema();
        this.crawler = new Crawler(db, config);
    }

    /**
     * Crawls {@code published} into the store: JBake is given the files of the documents that are new or changed
     * since the last crawl (all of them the first time), and the documents no longer published are deleted from it.
     * The store must then hold exactly the published documents.
     */
    void crawl(List<Disclosure> published) {
        Map<String, String> wanted = CrawlFolder.files(published);
        Map<String, String> changed = new HashMap<>();
        wanted.forEach((path, text) -> {
            if (!text.equals(filed.get(path))) {
                changed.put(path, text);
            }
        });
        List<String> removed = filed.keySet().stream().filter(path -> !wanted.containsKey(path)).sorted()
                .map(CrawlFolder::address).toList();
        if (filed.isEmpty()) { // a store that holds nothing crawls every published document
            CrawlFolder.sync(folder, wanted);
        } else {
            CrawlFolder.write(folder, changed);
        }
        filed = Map.of(); // in doubt until the crawl is done and checked
        registerDocumentTypes(); // JBake's registries are static: another bake may have changed them
        removed.forEach(db::deleteContent);
        crawler.crawl();
        long count = 0;
        for (DisclosureType type : DisclosureType.values()) {
            count += db.getDocumentCount(type.code());
        }
        if (count != published.size()) {
            throw new IllegalStateException("JBake crawled " + count + " of " + published.size() + " documents");
        }
        filed = wanted;
    }

    /** The folder JBake crawls. */
    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            db.drop();
        } finally {
            db.close();
        }
    }

    /**
     * OrientDB, once started, answers Ctrl+C and SIGTERM itself: it shuts its engine down (waiting on the locks of a
     * crawl under way) and exits with status 1, which the bake's callers read as mistakes in the content; and its
     * shutdown hook does the same at every exit. Its stores here are in memory: the JVM's own handling of a stop
     * ({@link Main}'s) is all a bake needs. Its engine is started here to undo both at once, before the store, whose
     * making takes seconds, is made.
     */
    private static void leaveStoppingToTheJvm() {
        Orient orient = Orient.instance();
        orient.removeSignalHandler();
        try {
            orient.removeShutdownHook();
        } catch (IllegalStateException e) {
            // the JVM is stopping already
        }
    }

    private static void registerDocumentTypes() {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (DisclosureType type : DisclosureType.values()) {
            DocumentTypes.addDocumentType(type.code());
        }
    }
}
