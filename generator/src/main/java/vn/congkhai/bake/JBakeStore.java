package vn.congkhai.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JBake's content store, into which its crawler files the published documents ({@link CrawlFolder}); every crawl
 * checks that the store holds exactly them. A store kept open by a bakery that bakes again and again (the preview's)
 * is crawled again on the next bake: JBake's crawler files again only the files whose SHA-1 changed, and the documents
 * no longer published are deleted from it. Each store has a name of its own, so that two bakeries of one process (a
 * preview and a test's bake) never share one.
 */
final class JBakeStore implements AutoCloseable {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private final Path folder;
    private final DefaultJBakeConfiguration config;
    private final ContentStore db;
    private final Crawler crawler;
    private boolean crawled;

    /**
     * An empty store, crawling from {@code folder} (emptied, and given the generator's engine settings: JBake reads its
     * settings from it); {@code output} is unused. Opening one starts JBake's database, which takes a while: the bake
     * opens it while the content is still being read.
     */
    JBakeStore(Path folder, Path output) {
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
     * Crawls {@code published}: the first time from the folder filled with them, then from the folder brought up to
     * date, so that JBake files again only what changed since this store's last crawl.
     */
    void crawl(List<Disclosure> published) {
        crawl(published, true);
    }

    /** The folder JBake crawls. */
    Path folder() {
        return folder;
    }

    /** Crawls {@code published} once, for a store dropped afterwards (nothing is marked for a next crawl). */
    void crawlOnce(List<Disclosure> published) {
        crawl(published, false);
    }

    /** @param markRendered whether the store will be crawled again (one-off stores skip the marking) */
    private void crawl(List<Disclosure> published, boolean markRendered) {
        List<String> removed = crawled ? CrawlFolder.update(folder, published) : CrawlFolder.fill(folder, published);
        registerDocumentTypes(); // JBake's registries are static: another bake may have changed them
        removed.forEach(db::deleteContent);
        crawler.crawl();
        if (markRendered) { // filed as rendered, so that the next crawl sees them as unchanged (nothing else renders them)
            for (DocumentModel d : db.getUnrenderedContent()) {
                db.markContentAsRendered(d);
            }
        }
        crawled = true;
        long count = 0;
        for (DisclosureType type : DisclosureType.values()) {
            count += db.getDocumentCount(type.code());
        }
        if (count != published.size()) {
            throw new IllegalStateException("JBake crawled " + count + " of " + published.size() + " documents");
        }
    }

    @Override
    public void close() {
        try {
            db.drop();
        } finally {
            db.close();
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
