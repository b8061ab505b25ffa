package vn.congkhai.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code HugoSite <commune> <hugo folder>}: the same pages for Hugo, to bake side by side in the benchmark. Each
 * Markdown disclosure keeps its body under Hugo's front matter; each JSON table becomes a Markdown table of its rows.
 * The templates are trivial (title, date, body), as Hugo's own minimal theme would be.
 */
public final class HugoSite {

    private HugoSite() {
    }

    public static void main(String[] args) throws IOException {
        Path commune = Path.of(args[0]);
        Path hugo = Path.of(args[1]);
        Files.createDirectories(hugo.resolve("layouts/_default"));
        Files.writeString(hugo.resolve("hugo.toml"), "baseURL = 'https://phuthinh.example.vn/'\n"
                + "languageCode = 'vi'\ntitle = 'Công khai'\ndisableKinds = ['taxonomy', 'term']\n");
        Files.writeString(hugo.resolve("layouts/_default/baseof.html"), "<!DOCTYPE html><html lang=\"vi\"><head>"
                + "<meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}"
                + "</body></html>\n");
        Files.writeString(hugo.resolve("layouts/_default/single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1>"
                + "<p>{{ .Date.Format \"02/01/2006\" }}</p>{{ .Content }}{{ end }}\n");
        Files.writeString(hugo.resolve("layouts/_default/list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1>"
                + "<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>"
                + "{{ end }}\n");
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(commune.resolve("content"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = commune.resolve("content").relativize(file).toString();
            Path out = hugo.resolve("content").resolve(relative.replaceAll("\\.(md|json)$", ".md"));
            Files.createDirectories(out.getParent());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String page;
            if (relative.endsWith(".json")) {
                JsonNode doc = json.readTree(text);
                StringBuilder table = new StringBuilder("| STT | Nội dung | Số tiền |\n|---|---|---|\n");
                doc.path("dong").forEach(r -> table.append("| ").append(r.path("stt").asText()).append(" | ")
                        .append(r.path("noi_dung").asText()).append(" | ").append(r.path("so_tien").asText())
                        .append(" |\n"));
                page = front(doc.path("title").asText(), doc.path("date").asText()) + table;
            } else {
                int separator = text.indexOf("\n~~~~~~\n");
                String header = text.substring(0, separator);
                String title = header.lines().filter(l -> l.startsWith("title=")).findFirst().orElseThrow()
                        .substring(6);
                String date = header.lines().filter(l -> l.startsWith("date=")).findFirst().orElseThrow()
                        .substring(5);
                page = front(title, date) + text.substring(separator + 8);
            }
            Files.writeString(out, page, StandardCharsets.UTF_8);
        }
    }

    private static String front(String title, String date) {
        return "---\ntitle: \"" + title.replace("\"", "\\\"") + "\"\ndate: " + date + "\n---\n";
    }
}
