package vn.congkhai.province;

import vn.congkhai.bake.SiteSwap;
import vn.congkhai.compliance.ComplianceData;
import vn.congkhai.feed.AtomFeed;
import vn.congkhai.render.Templates;
import vn.congkhai.text.VietnameseFormat;
import vn.congkhai.theme.Theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bakes the province's site from its communes' baked sites: the board of the communes' compliance (and a page per
 * commune), one search across them, one feed of what is new. A commune that cannot be read is marked on the board
 * with why and the fix, and the others are shown: one commune's server down must not blank the province's view. Only
 * when no commune at all can be read does the bake fail, leaving the last site as it was. The site is the same,
 * byte for byte, for the same communes' files: its date is the latest of their bake dates, never the clock.
 */
public final class ProvinceSite {

    /** Communes read at once: their servers answer slowly more often than the province's computer is busy. */
    static final int READERS = 8;
    /** The province's own script and styles, beside the theme's assets (which every commune's site copies). */
    private static final String OWN_ASSETS = "theme/tinh";
    private static final String CSS = "css/site.css";

    /**
     * What the province sets.
     *
     * @param name    the province's name as the communes write it ("Thái Nguyên"), or null to take the communes'
     * @param address its site's address, for the feed's absolute links, e.g. {@code https://congkhai.thainguyen.gov.vn}
     */
    public record Settings(String name, String address) {
    }

    /** What a bake did: the communes read, those that could not be, and their messages. */
    public record Report(int read, List<UnreadableCommuneException> unreadable) {
    }

    private ProvinceSite() {
    }

    /**
     * Bakes into {@code site} the communes at {@code sources} (folders relative to {@code base}, or addresses),
     * with the province's own templates, if any, in {@code base/templates}.
     */
    public static Report bake(List<String> sources, Path base, Settings settings, Path site) throws ProvinceException {
        return bake(sources, base, settings, site, new CommuneFiles());
    }

    /** As above, reading with {@code reader}. */
    static Report bake(List<String> sources, Path base, Settings settings, Path site, CommuneFiles reader)
            throws ProvinceException {
        String address = address(settings.address());
        if (sources.isEmpty()) {
            throw new ProvinceException("Danh sách xã của tỉnh trống. Cách làm: chạy lệnh trong thư mục tổng hợp có "
                    + "các xã là <modules> trong pom.xml, hoặc liệt kê thư mục hay địa chỉ trang của các xã trong "
                    + "<nguon> (cấu hình plugin) hoặc -Dnguon=luc-ba,https://phuthinh.thainguyen.gov.vn.");
        }
        List<ReadCommune> communes = readAll(sources, base, reader);
        List<ReadCommune> readable = communes.stream().filter(ReadCommune::readable).toList();
        List<UnreadableCommuneException> problems = communes.stream().filter(c -> !c.readable())
                .map(ReadCommune::problem).toList();
        if (readable.isEmpty()) {
            throw new ProvinceException("Không đọc được dữ liệu của xã nào (" + communes.size() + " xã, lý do ở "
                    + "trên); trang của tỉnh giữ nguyên như lần tạo trước. Cách làm: sửa các lỗi ở trên rồi chạy lại.",
                    problems);
        }
        ProvinceBoard board = ProvinceBoard.of(communes);
        List<ReadCommune> ordered = ProvinceBoard.ordered(readable);
        String name = settings.name() != null && !settings.name().isBlank() ? settings.name().strip()
                : provinceOf(readable);
        LocalDate date = readable.stream().map(c -> LocalDate.parse(c.data().bakeDate())).max(LocalDate::compareTo)
                .orElseThrow();
        Map<String, String> files = new LinkedHashMap<>();
        Templates templates = new Templates(base.resolve("templates"));
        Map<String, Object> common = Map.of("province", new Province(name, "Tỉnh " + name, address),
                "date", VietnameseFormat.date(date), "board", board);
        files.put("index.html", templates.render("tinh/index", page(common, "", "index.html",
                "Bảng theo dõi công khai của các xã", Map.of())));
        for (ProvinceBoard.CommunePage p : board.pages()) {
            files.put(p.row().href(), templates.render("tinh/xa", page(common, "../", p.row().href(),
                    "Xã " + p.row().name(), Map.of("commune", p))));
        }
        files.put("tim-kiem/index.html", templates.render("tinh/tim-kiem", page(common, "../", "tim-kiem/index.html",
                "Tìm kiếm trong các xã", Map.of())));
        files.putAll(ProvinceSearch.files(ordered));
        files.put("feed.xml", feed(ordered, name, address));
        Path staging = SiteSwap.staging(site);
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                write(staging.resolve(f.getKey()), f.getValue().getBytes(StandardCharsets.UTF_8));
            }
            write(staging.resolve(CSS), Files.readAllBytes(Theme.files(Theme.ASSETS).get(CSS)));
            for (Map.Entry<String, Path> own : Theme.files(OWN_ASSETS).entrySet()) {
                write(staging.resolve(own.getKey()), Files.readAllBytes(own.getValue()));
            }
        } catch (IOException e) {
            SiteSwap.deleteTree(staging);
            throw new UncheckedIOException(e);
        }
        SiteSwap.replace(site, staging);
        SiteSwap.deleteTree(SiteSwap.previous(site));
        return new Report(readable.size(), problems);
    }

    /** The province as its pages show it. */
    public record Province(String name, String title, String address) {
    }

    private static Map<String, Object> page(Map<String, Object> common, String root, String uri, String title,
                                            Map<String, Object> specific) {
        Map<String, Object> model = new LinkedHashMap<>(common);
        model.putAll(Map.of("root", root, "uri", uri, "title", title));
        model.putAll(specific);
        return model;
    }

    private static String address(String given) throws ProvinceException {
        if (given == null || given.isBlank()) {
            throw new ProvinceException("Chưa có địa chỉ trang của tỉnh (cần cho đường dẫn trong tin văn bản mới). "
                    + "Cách làm: thêm -DdiaChiWeb=https://congkhai.thainguyen.gov.vn vào lệnh, hoặc "
                    + "<diaChiWeb> trong cấu hình plugin ở pom.xml của tỉnh.");
        }
        String a = given.strip();
        if (!a.toLowerCase(Locale.ROOT).startsWith("https://") || a.length() <= "https://".length()) {
            throw new ProvinceException("Địa chỉ trang của tỉnh \"" + given + "\" phải bắt đầu bằng https:// . Cách "
                    + "làm: ghi như -DdiaChiWeb=https://congkhai.thainguyen.gov.vn.");
        }
        return a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
    }

    /** The communes' province; the most named one if they differ (then the province should say its name). */
    private static String provinceOf(List<ReadCommune> readable) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        readable.forEach(c -> counts.merge(c.data().commune().province(), 1L, Long::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Every commune read at once by a few threads, each bounded by its own time limits; in the order given. */
    private static List<ReadCommune> readAll(List<String> sources, Path base, CommuneFiles files) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(READERS, sources.size()), r -> {
            Thread t = new Thread(r, "doc-xa");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ReadCommune>> reads = new ArrayList<>();
            for (String given : sources) {
                reads.add(pool.submit(() -> {
                    try {
                        return ReadCommune.read(CommuneSource.of(given, base), files);
                    } catch (UnreadableCommuneException e) {
                        return ReadCommune.unreadable(e);
                    }
                }));
            }
            List<ReadCommune> read = new ArrayList<>();
            for (Future<ReadCommune> r : reads) {
                read.add(r.get());
            }
            return read;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while reading the communes", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One feed of the communes' newest disclosures, each linking to its commune's page. */
    private static String feed(List<ReadCommune> communes, String name, String address) {
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (ReadCommune c : communes) {
            ComplianceData d = c.data();
            for (ComplianceData.News n : d.latest()) {
                String summary = n.summary() != null ? n.summary() : n.section() != null ? n.section() : "";
                entries.add(new AtomFeed.Entry("Xã " + d.commune().name() + ": " + n.title(),
                        ProvinceBoard.link(d, n.uri()), LocalDate.parse(n.date()), summary, null));
            }
        }
        return AtomFeed.xml(address, new AtomFeed.Channel(address + "/", "Văn bản mới của các xã, tỉnh " + name,
                address + "/feed.xml", address + "/", "Tỉnh " + name), entries);
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
