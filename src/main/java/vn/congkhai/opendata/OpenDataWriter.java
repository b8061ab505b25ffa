package vn.congkhai.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import vn.congkhai.model.Commune;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the open data of the site: for each JSON disclosure a {@code .json} (published fields only) and a
 * {@code .csv} (UTF-8 with BOM so that a spreadsheet opens it with its Vietnamese, headers in Vietnamese) next to its
 * page; the {@code datapackage.json} (Frictionless Data Package) describing every table; and the JSON Schemas.
 */
public final class OpenDataWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final CsvMapper CSV = new CsvMapper();
    private static final String BOM = "\uFEFF";

    private final Path site;

    public OpenDataWriter(Path site) {
        this.site = site;
    }

    /** The JSON of a disclosure, with only what its type publishes. */
    public void writeJson(Disclosure d, JsonNode schema, Dataset dataset) {
        JsonNode published = PublishedFields.project(d.source().metadata(), schema);
        if (d.type() == DisclosureType.BANG && published.path("dong").isArray()) {
            keepDeclaredColumns((ArrayNode) published.path("dong"), published.path("cot"));
        }
        write(dataset.jsonPath(), json(published));
    }

    public void writeCsv(Dataset dataset) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
        dataset.fields().forEach(f -> schema.addColumn(f.title()));
        List<List<String>> lines = new ArrayList<>();
        lines.add(dataset.fields().stream().map(Dataset.Field::title).toList());
        for (List<Object> row : dataset.rows()) {
            lines.add(row.stream().map(v -> v == null ? "" : v instanceof java.math.BigDecimal b
                    ? b.toPlainString() : v.toString()).toList());
        }
        try {
            String csv = CSV.writer(schema.build()).writeValueAsString(lines);
            write(dataset.path(), BOM + csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code datapackage.json} at the site root: every table, with its schema, in Frictionless form. */
    public void writeDataPackage(Commune commune, List<Dataset> datasets) {
        ObjectNode pkg = JSON.createObjectNode();
        pkg.put("profile", "tabular-data-package");
        pkg.put("name", "cong-khai-" + slug(commune.siteAddress()));
        pkg.put("title", "Dữ liệu công khai của " + commune.committee());
        pkg.put("homepage", commune.siteAddress() + "/");
        ArrayNode licenses = pkg.putArray("licenses");
        licenses.addObject().put("name", "other-pd").put("title", "Thông tin công khai theo Luật Thực hiện dân chủ ở cơ sở");
        ArrayNode resources = pkg.putArray("resources");
        for (Dataset d : datasets) {
            ObjectNode r = resources.addObject();
            r.put("name", d.name());
            r.put("title", d.title());
            r.put("path", d.path());
            r.put("profile", "tabular-data-resource");
            r.put("format", "csv");
            r.put("mediatype", "text/csv");
            r.put("encoding", "utf-8");
            ObjectNode schema = r.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            d.fields().forEach(f -> fields.addObject().put("name", f.name()).put("title", f.title()).put("type", f.type()));
        }
        write("datapackage.json", json(pkg));
    }

    public void writeSchemas(Map<DisclosureType, JsonNode> schemas) {
        schemas.forEach((type, schema) -> write("schemas/" + type.code() + ".schema.json", json(schema)));
    }

    private static void keepDeclaredColumns(ArrayNode rows, JsonNode columns) {
        Set<String> declared = new HashSet<>();
        columns.forEach(c -> declared.add(c.path("ma").asText()));
        rows.forEach(row -> ((ObjectNode) row).retain(declared));
    }

    private static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String slug(String address) {
        return address.replaceFirst("^https?://", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private void write(String path, String text) {
        Path file = site.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
