package vn.congkhai.opendata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import vn.congkhai.config.Commune;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the open data of the site: for each JSON disclosure a {@code .json} (published fields only) and a
 * {@code .csv} (UTF-8 with BOM so that a spreadsheet opens it with its Vietnamese, headers in Vietnamese) next to its
 * page; the {@code datapackage.json} (Frictionless Data Package) describing every table; and the JSON Schemas.
 */
public final class OpenDataWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final CsvMapper CSV = new CsvMapper();
    private static final String BOM = "\uFEFF";
    /** First characters that make a spreadsheet evaluate a cell. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Path site;
    /** The folders this writer made, each once (asking again cost a failed system call and an exception per file). */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    public OpenDataWriter(Path site) {
        this.site = site;
    }

    /** The JSON of a disclosure, with only what its type publishes. */
    public void writeJson(Disclosure d, JsonNode schema, Dataset dataset) {
        JsonNode published = PublishedFields.project(d.source().metadata(), schema);
        if (d.type() == DisclosureType.BANG && published.path("dong").isArray()) {
            keepDeclaredColumns((ArrayNode) published.path("dong"), published.path("cot"));
        }
        writeTree(dataset.jsonPath(), published);
    }

    /** The CSV of a table, written row by row: however long the table, the file is never held in memory whole. */
    public void writeCsv(Dataset dataset) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
        dataset.fields().forEach(f -> schema.addColumn(f.title()));
        try (Writer out = writer(dataset.path())) {
            out.write(BOM);
            try (SequenceWriter lines = CSV.writer(schema.build()).writeValues(out)) {
                lines.write(dataset.fields().stream().map(f -> cell(f.title())).toList());
                for (List<Object> row : dataset.rows()) {
                    lines.write(row.stream().map(OpenDataWriter::cell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A value as a CSV cell: numbers without separators, dates as yyyy-MM-dd, and text that a spreadsheet would
     * take for a formula (starting with {@code = + - @}, a tab or a carriage return) behind a single quote, as
     * OWASP recommends against CSV injection, so that it opens as the text it is. Numbers are never changed.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (!(value instanceof CharSequence)) {
            return value.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
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
        writeTree("datapackage.json", pkg);
    }

    public void writeSchemas(Map<DisclosureType, JsonNode> schemas) {
        schemas.forEach((type, schema) -> writeTree("schemas/" + type.code() + ".schema.json", schema));
    }

    private static void keepDeclaredColumns(ArrayNode rows, JsonNode columns) {
        Set<String> declared = new HashSet<>();
        columns.forEach(c -> declared.add(c.path("ma").asText()));
        rows.forEach(row -> ((ObjectNode) row).retain(declared));
    }

    /** Indented JSON and a final line break, written as it is made. */
    private void writeTree(String path, JsonNode node) {
        try (Writer out = writer(path)) {
            JSON.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, node);
            out.write("\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String slug(String address) {
        return address.replaceFirst("^https?://", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private Writer writer(String path) throws IOException {
        Path file = site.resolve(path);
        if (!folders.contains(file.getParent())) {
            Files.createDirectories(file.getParent());
            folders.add(file.getParent());
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

}
