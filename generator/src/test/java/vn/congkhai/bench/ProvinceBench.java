package vn.congkhai.bench;

import vn.congkhai.bake.Bakery;
import vn.congkhai.compliance.ComplianceData;
import vn.congkhai.model.SitePages;
import vn.congkhai.province.ProvinceSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The province view's benchmark. {@code ProvinceBench communes <folder> <communes> <disclosures>} bakes one synthetic
 * commune of that many disclosures for real (printouts left out) and writes {@code communes} baked folders from it,
 * each only the two files the province reads ({@code tuan-thu/tuan-thu.json}, {@code tim-kiem/chi-muc.json}) under
 * a commune name of its own, with a road of its own in its pages' words: the province view reads nothing else.
 * {@code ProvinceBench tinh <folder>} bakes the province's site from them into {@code <folder>/tinh}.
 */
public final class ProvinceBench {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private ProvinceBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0].equals("communes") || args[0].equals("tinh") ? args[1] : args[0]);
        if (args[0].equals("communes")) {
            communes(work, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } else {
            List<String> folders = new ArrayList<>();
            try (var list = Files.list(work.resolve("xa"))) {
                list.sorted().forEach(f -> folders.add(work.resolve("xa").relativize(f).toString()));
            }
            ProvinceSite.Report report = ProvinceSite.bake(folders, work.resolve("xa"), new ProvinceSite.Settings(
                    null, "https://congkhai.thainguyen.example.vn"), work.resolve("tinh"));
            System.out.println(report.read() + " communes read, " + report.unreadable().size() + " unreadable");
        }
    }

    private static void communes(Path work, int communes, int disclosures) throws Exception {
        Path one = work.resolve("mot-xa");
        SyntheticCommune.generate(Files.createDirectories(one), disclosures);
        System.setProperty("congkhai.benchmark.skipPdf", "true");
        new Bakery(one, one.resolve("target/site")).bake();
        String data = Files.readString(one.resolve("target/site/" + ComplianceData.PATH), StandardCharsets.UTF_8);
        String index = Files.readString(one.resolve("target/site/" + SitePages.SEARCH_INDEX), StandardCharsets.UTF_8);
        String name = ComplianceData.read(data.getBytes(StandardCharsets.UTF_8)).commune().name();
        for (int i = 1; i <= communes; i++) {
            String commune = "Xã Thử " + i;
            Path site = work.resolve("xa/xa-" + String.format("%03d", i));
            SyntheticCommune.write(site.resolve(ComplianceData.PATH), data.replace(name, commune)
                    .replaceFirst("\"dia_chi_web\" : \"[^\"]*\"", "\"dia_chi_web\" : \"https://xa" + i
                            + ".thainguyen.example.vn\""));
            // each commune's pages name a road of its own among their words: "thônthử17"
            com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                    JSON.readTree(index.replace(name, commune));
            for (var page : tree.withArray("d")) {
                var row = (com.fasterxml.jackson.databind.node.ArrayNode) page;
                row.set(5, row.get(5).asText() + " thônthử" + i);
            }
            SyntheticCommune.write(site.resolve(SitePages.SEARCH_INDEX), JSON.writeValueAsString(tree));
        }
    }
}
