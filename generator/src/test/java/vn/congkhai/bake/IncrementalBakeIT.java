package vn.congkhai.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.content.Sources;
import vn.congkhai.model.SitePages;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bake after a bake: nothing changed keeps the site as it is; after any change (a document edited, added, deleted
 * or renamed, a template override, the commune's settings, a tampered site folder) the site equals, byte for byte, a
 * clean bake of the same sources in a fresh folder; a corrupt or foreign cache is discarded.
 */
class IncrementalBakeIT {

    @TempDir
    Path tmp;

    private int cleanBakes;

    /** A clean bake of {@code site}'s sources, in a fresh folder with no cache: what every bake must equal. */
    private Map<String, String> cleanBakeOf(FixtureSite site) throws Exception {
        Path fresh = tmp.resolve("sach-" + cleanBakes++).resolve(site.dir().getFileName());
        for (String source : Sources.ALL) {
            Path from = site.dir().resolve(source);
            if (Files.isDirectory(from)) {
                FixtureSite.copyTree(from, fresh.resolve(source));
            } else if (Files.exists(from)) {
                Files.createDirectories(fresh);
                Files.copy(from, fresh.resolve(source));
            }
        }
        BakeReport report = new Bakery(fresh, fresh.resolve("target/site")).bake();
        assertThat(report.reused()).isFalse();
        return FixtureSite.hashes(fresh.resolve("target/site"));
    }

    @Test
    void aBakeWithNothingChangedKeepsTheSiteAsItIsAndSaysSo() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        BakeReport first = site.bake();
        Map<String, String> before = site.siteHashes();
        FileTime written = Files.getLastModifiedTime(site.site().resolve("index.html"));

        BakeReport again = site.bake();

        assertThat(again.reused()).isTrue();
        assertThat(again.headline()).startsWith("Không có gì thay đổi từ lần tạo trước, giữ nguyên trang web: "
                + first.published() + " văn bản được đăng, " + first.pages() + " trang");
        assertThat(again.warningLines()).isEqualTo(first.warningLines());
        assertThat(site.siteHashes()).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(site.site().resolve("index.html"))).isEqualTo(written);
    }

    @Test
    void afterEveryKindOfChangeTheSiteEqualsACleanBakeOfTheSameSources() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        for (var step : changes().entrySet()) {
            step.getValue().accept(site);
            BakeReport report = site.bake();
            assertThat(report.reused()).as(step.getKey()).isFalse();
            assertThat(site.siteHashes()).as(step.getKey()).isEqualTo(cleanBakeOf(site));
            assertThat(site.bake().reused()).as(step.getKey() + ", then nothing").isTrue();
        }
    }

    @Test
    void aRememberingBakeryCrawlsEveryChangeIntoItsJBakeStoreAndBakesWhatACleanBakeDoes() throws Exception {
        FixtureSite site = settledBasic();
        try (Bakery preview = new Bakery(site.dir(), site.site()).remembering()) {
            preview.bake();
            for (var step : changes().entrySet()) {
                step.getValue().accept(site);
                // the store holds exactly the published documents after each change, or the bake fails
                assertThat(preview.bake().reused()).as(step.getKey()).isFalse();
                assertThat(site.siteHashes()).as(step.getKey()).isEqualTo(cleanBakeOf(site));
            }
            assertThat(preview.memory.storesOpened()).as("one store, never found wrong and filed afresh").isEqualTo(1);
        }
    }

    @Test
    void aRememberingBakeryFindsPersonalDataWrittenIntoAFileItReadBeforeAndForgetsItOnceRemoved() throws Exception {
        FixtureSite site = settledBasic();
        try (Bakery preview = new Bakery(site.dir(), site.site()).remembering()) {
            preview.bake();
            site.replace("content/thong-bao/nghi-le.md", "bố trí cán bộ trực", "bố trí cán bộ trực (CCCD 001099012345)");
            org.assertj.core.api.Assertions.assertThatThrownBy(preview::bake)
                    .isInstanceOfSatisfying(vn.congkhai.problem.ContentProblemsException.class, e ->
                            assertThat(e.problems().report()).contains("content/thong-bao/nghi-le.md")
                                    .contains("001099012345"));
            site.replace("content/thong-bao/nghi-le.md", " (CCCD 001099012345)", "");
            preview.bake();
            assertThat(site.siteHashes()).isEqualTo(cleanBakeOf(site));
        }
    }

    @Test
    void aRememberingBakeryFindsTheAttachmentOfAnUnchangedDocumentGoneAndTheSiteBackOnceItIsBack() throws Exception {
        FixtureSite site = settledBasic();
        Path attachment = site.dir().resolve("content/thong-bao/giay-moi.pdf");
        byte[] bytes = Files.readAllBytes(attachment);
        try (Bakery preview = new Bakery(site.dir(), site.site()).remembering()) {
            preview.bake();
            Map<String, String> baked = site.siteHashes();
            delete(attachment); // the document naming it is unchanged
            org.assertj.core.api.Assertions.assertThatThrownBy(preview::bake)
                    .isInstanceOfSatisfying(vn.congkhai.problem.ContentProblemsException.class, e ->
                            assertThat(e.problems().report()).contains("content/thong-bao/hop-dan-xom.md")
                                    .contains("giay-moi.pdf"));
            Files.write(attachment, bytes);
            preview.bake();
            assertThat(site.siteHashes()).isEqualTo(baked).isEqualTo(cleanBakeOf(site));
        }
    }

    @Test
    void aPreviewBringsItsSiteUpToDateWhereItIsAndAFailedBakeLeavesItAsItWas() throws Exception {
        FixtureSite site = settledBasic();
        try (Bakery preview = new Bakery(site.dir(), site.site()).remembering()) {
            preview.bake();
            Object folder = Files.readAttributes(site.site(), java.nio.file.attribute.BasicFileAttributes.class)
                    .fileKey();
            site.replace("content/thong-bao/nghi-le.md", "bố trí cán bộ trực", "bố trí hai cán bộ trực");
            delete(site.dir().resolve("content/thong-bao/hen-ngay.md"));
            preview.bake();
            assertThat(Files.readAttributes(site.site(), java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                    .as("the same folder, not a new one swapped in").isEqualTo(folder);
            assertThat(site.site().resolveSibling(site.site().getFileName() + ".old")).doesNotExist();
            Map<String, String> baked = site.siteHashes();
            assertThat(baked).isEqualTo(cleanBakeOf(site));
            site.replace("content/thong-bao/nghi-le.md", "bố trí hai cán bộ trực", "bố trí (CCCD 001099012345)");
            org.assertj.core.api.Assertions.assertThatThrownBy(preview::bake)
                    .isInstanceOf(vn.congkhai.problem.ContentProblemsException.class);
            assertThat(site.siteHashes()).isEqualTo(baked);
        }
    }

    @Test
    void aPreviewAndAPackageTakingTurnsOnOneSiteEachBakeWhatACleanBakeDoes() throws Exception {
        FixtureSite site = settledBasic();
        try (Bakery preview = new Bakery(site.dir(), site.site()).remembering()) {
            preview.bake();
            site.replace("content/thong-bao/nghi-le.md", "bố trí cán bộ trực", "bố trí hai cán bộ trực");
            new Bakery(site.dir(), site.site()).bake(); // mvn package in another terminal: a state of its own
            assertThat(site.siteHashes()).isEqualTo(cleanBakeOf(site));
            site.replace("content/thong-bao/nghi-le.md", "bố trí hai cán bộ trực", "bố trí ba cán bộ trực");
            preview.bake();
            assertThat(site.siteHashes()).isEqualTo(cleanBakeOf(site));
            delete(site.site().resolve("thong-bao/hop-dan-xom.html")); // the site's files touched by hand
            site.replace("content/thong-bao/nghi-le.md", "bố trí ba cán bộ trực", "bố trí bốn cán bộ trực");
            preview.bake();
            assertThat(site.siteHashes()).isEqualTo(cleanBakeOf(site));
        }
    }

    /**
     * Every type's pages, reports and indexes (plans' period reports, answers' indexes, consultations' states, which
     * depend on the bake date too): after each file's title is edited, and on later bake days, the site of the
     * preview's bakery, and of a bakery per bake, is a clean bake's, for every fixture.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}, preview: {1}")
    @org.junit.jupiter.params.provider.CsvSource({"basic, true", "types, true", "participation, true",
            "basic, false", "types, false", "participation, false"})
    void everyFileEditedAndEveryLaterBakeDayGiveWhatACleanBakeGives(String fixture, boolean preview)
            throws Exception {
        FixtureSite site = FixtureSite.of(fixture, tmp);
        settled(site);
        List<Path> files;
        try (var walk = Files.walk(site.dir().resolve("content"))) {
            files = walk.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".json")).sorted().toList();
        }
        try (Bakery kept = new Bakery(site.dir(), site.site()).remembering()) {
            ThrowingBake bake = preview ? kept::bake : () -> new Bakery(site.dir(), site.site()).bake();
            bake.run();
            int edited = 0;
            for (Path file : files) {
                String text = Files.readString(file);
                String changed = text.replaceFirst("(\"title\"\\s*:\\s*\"|(?m)^title=)", "$1Sửa - ");
                if (changed.equals(text)) {
                    continue;
                }
                Files.writeString(file, changed);
                edited++;
                String what = site.dir().relativize(file).toString();
                assertThat(bake.run().reused()).as(what).isFalse();
                assertThat(site.siteHashes()).as(what).isEqualTo(cleanBakeOf(site));
            }
            assertThat(edited).as("files edited").isGreaterThan(fixture.equals("basic") ? 3 : 5);
            for (String day : List.of("2024-08-05", "2024-12-31")) {
                Map<String, String> before = site.siteHashes();
                System.setProperty(SiteConfig.BAKE_DATE_PROPERTY, day);
                try {
                    assertThat(bake.run().reused()).as(day).isFalse();
                    assertThat(site.siteHashes()).as(day).isNotEqualTo(before).isEqualTo(cleanBakeOf(site));
                } finally {
                    System.clearProperty(SiteConfig.BAKE_DATE_PROPERTY);
                }
            }
        }
    }

    private interface ThrowingBake {
        BakeReport run() throws Exception;
    }

    /** The basic fixture, its files last changed an hour ago ({@link #settled}). */
    private FixtureSite settledBasic() throws java.io.IOException {
        FixtureSite site = FixtureSite.of("basic", tmp);
        settled(site);
        return site;
    }

    /** Every source file of {@code site} last changed an hour ago, as in a commune's repository between edits. */
    private static void settled(FixtureSite site) throws java.io.IOException {
        FileTime hourAgo = FileTime.from(java.time.Instant.now().minusSeconds(3600));
        for (Path file : Sources.files(site.dir())) {
            if (Files.isRegularFile(file)) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
    }

    /** A change of every kind, in an order where each applies to what the one before left. */
    private Map<String, Consumer<FixtureSite>> changes() {
        Map<String, Consumer<FixtureSite>> steps = new java.util.LinkedHashMap<>();
        steps.put("edit", s -> s.replace("content/thong-bao/nghi-le.md", "bố trí cán bộ trực",
                "bố trí hai cán bộ trực"));
        steps.put("table", s -> s.replace("content/bang/quy-khuyen-hoc.json", "\"so_tien\": 900000",
                "\"so_tien\": 950000"));
        steps.put("add", s -> s.write("content/thong-bao/moi.md", "title=Thông báo mới\ndate=2024-05-02\n"
                + "type=thong-bao\nstatus=published\nmuc_cong_khai=14\n~~~~~~\nNội dung mới.\n"));
        steps.put("delete", s -> delete(s.dir().resolve("content/thong-bao/hen-ngay.md")));
        steps.put("rename", s -> move(s.dir().resolve("content/thong-bao/moi.md"),
                s.dir().resolve("content/thong-bao/thong-bao-moi.md")));
        steps.put("template", s -> s.write("templates/_doc-foot.pebble",
                theme("theme/templates/_doc-foot.pebble") + "\n<p>Ghi chú của xã.</p>\n"));
        steps.put("template removed", s -> delete(s.dir().resolve("templates/_doc-foot.pebble")));
        steps.put("settings", s -> s.replace("jbake.properties", "xa.dien_thoai=", "xa.dien_thoai=0208 "));
        steps.put("site tampered", s -> delete(s.site().resolve("index.html")));
        return steps;
    }

    @Test
    void anEditRendersAgainThePagesThatShowTheEditedDocumentAndTakesTheOthersFromTheLastBake() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        site.replace("content/thong-bao/nghi-le.md", "bố trí cán bộ trực", "bố trí hai cán bộ trực");

        assertThat(site.bake().reused()).isFalse();

        Path last = SiteSwap.previous(site.site()); // the last bake's site, kept until the next bake
        assertThat(Files.isSameFile(last.resolve("thong-bao/nghi-le.html"), site.site().resolve("thong-bao/nghi-le.html")))
                .as("the edited notice's page").isFalse();
        assertThat(Files.isSameFile(last.resolve("thong-bao/index.html"), site.site().resolve("thong-bao/index.html")))
                .as("the list of notices, which shows the edited text's date and title only, is rendered again as well")
                .isFalse();
        assertThat(Files.isSameFile(last.resolve("thong-bao/hop-dan-xom.html"),
                site.site().resolve("thong-bao/hop-dan-xom.html"))).as("another notice's page").isTrue();
        assertThat(Files.isSameFile(last.resolve("trang/lien-he.html"), site.site().resolve("trang/lien-he.html")))
                .as("a page of another section").isTrue();
        assertThat(Files.isSameFile(last.resolve(SitePages.pdf("thong-bao/nghi-le.html")),
                site.site().resolve(SitePages.pdf("thong-bao/nghi-le.html")))).as("the edited notice's printout").isFalse();
        assertThat(Files.isSameFile(last.resolve(SitePages.pdf("thong-bao/hop-dan-xom.html")),
                site.site().resolve(SitePages.pdf("thong-bao/hop-dan-xom.html")))).as("another notice's printout").isTrue();
        assertThat(site.siteHashes()).isEqualTo(cleanBakeOf(site));
    }

    @Test
    void aFirstBakeRendersEveryOutputAndAnUnchangedOrUnshownChangeRendersNone() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        BakeReport first = site.bake();
        assertThat(first.rendered()).as("every page, printout and open-data file, none from a last bake")
                .isEqualTo(outputs(site)).hasSizeGreaterThan(first.pages());

        assertThat(site.bake().rendered()).as("nothing changed").isEmpty();

        site.replace("content/thong-bao/ban-nhap.md", "Nội dung chưa duyệt.", "Nội dung vẫn chưa duyệt.");
        BakeReport draftEdited = site.bake();
        assertThat(draftEdited.reused()).as("the sources changed").isFalse();
        assertThat(draftEdited.rendered()).as("a draft's text, which no published output shows").isEmpty();
        assertThat(site.siteHashes()).isEqualTo(cleanBakeOf(site));
    }

    /**
     * A one-file edit renders exactly the outputs whose bytes change: those showing the edited title (its own page,
     * printout and posting records, its section's list, its neighbours' links, the home page, the quarterly list…),
     * worked out here by comparing the files of the bakes before and after, and no other.
     */
    @Test
    void aTitleEditRendersTheOutputsThatShowItAndNoOther() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        site.replace("content/thong-bao/nghi-le.md", "title=Thông báo lịch trực", "title=Thông báo lịch trực mới");

        BakeReport edited = site.bake();

        Path last = SiteSwap.previous(site.site());
        Map<String, String> before = FixtureSite.hashes(last);
        Map<String, String> after = site.siteHashes();
        java.util.Set<String> changed = new java.util.TreeSet<>();
        for (String output : outputs(site)) {
            if (!after.get(output).equals(before.get(output))) {
                changed.add(output);
            }
        }
        assertThat(changed).as("the edited notice's page and printout, among others")
                .contains("thong-bao/nghi-le.html", SitePages.pdf("thong-bao/nghi-le.html"))
                .doesNotContain("trang/lien-he.html");
        // A hash is of a whole model, not of what its template shows of it: a page's printouts have its model (with
        // the links to its neighbours, which they leave out), and the list of quarters holds each quarter's lines
        // (only the quarters are shown).
        java.util.Set<String> modelOnly = new java.util.TreeSet<>(List.of("danh-muc-cong-khai/index.html"));
        for (String page : changed) {
            modelOnly.addAll(List.of(SitePages.pdf(page), SitePages.postingRecords(page)));
        }
        modelOnly.retainAll(outputs(site));
        modelOnly.removeAll(changed);
        assertThat(modelOnly).as("the neighbour's printouts").contains(SitePages.pdf("thong-bao/hop-dan-xom.html"));
        java.util.Set<String> expected = new java.util.TreeSet<>(changed);
        expected.addAll(modelOnly);
        assertThat(edited.rendered()).isEqualTo(expected);
        for (String output : outputs(site)) {
            assertThat(Files.isSameFile(last.resolve(output), site.site().resolve(output))).as(output)
                    .isEqualTo(!changed.contains(output) && (!modelOnly.contains(output) || output.endsWith(".pdf")));
        }
        assertThat(after).isEqualTo(cleanBakeOf(site));
    }

    /** Every output the last bake of {@code site} hashed: its pages, printouts and open-data files. */
    private static java.util.Set<String> outputs(FixtureSite site) {
        return new BakeCache(site.dir(), site.site()).read().orElseThrow().pages().keySet();
    }

    @Test
    void aCorruptOrForeignCacheIsDiscardedAndTheSiteBakedAfresh() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Map<String, String> baked = site.siteHashes();
        Path state = Bakery.bakeCacheFor(site.site()).resolve("state.json");

        Files.writeString(state, Files.readString(state).substring(0, 40));
        assertThat(site.bake().reused()).isFalse();
        assertThat(site.siteHashes()).isEqualTo(baked);

        Files.writeString(state, Files.readString(state).replace("\"pages\" : ", "\"pages\" : 1"));
        assertThat(site.bake().reused()).as("a state whose seal does not match").isFalse();

        FixtureSite other = FixtureSite.of("basic", tmp.resolve("xa-khac"));
        other.bake();
        Files.copy(Bakery.bakeCacheFor(other.site()).resolve("state.json"), state,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(site.bake().reused()).as("the state of another commune's folder").isFalse();
        assertThat(site.siteHashes()).isEqualTo(baked);
    }

    private static String theme(String resource) {
        try (var in = IncrementalBakeIT.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
