package vn.congkhai.validate;

import vn.congkhai.content.Checks;
import vn.congkhai.problem.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import vn.congkhai.content.LocatedJson;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.RowNames;
import vn.congkhai.model.Schemas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a JSON disclosure against its type's JSON Schema ({@code schemas/<type>.schema.json} in the generator,
 * the same file officers' editors use through {@code $schema}) and tells each mistake in Vietnamese, with the
 * field's title from the schema and the line it is on.
 */
public final class SchemaRules {

    private static final Map<DisclosureType, Optional<Schema>> VALIDATORS = new ConcurrentHashMap<>();
    /** Draft 7, knowing the row-name keywords of the schemas (else it warns of them in the officer's terminal). */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V7)).metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV7())
            .keyword(new NonValidationKeyword(RowNames.NOUN)).keyword(new NonValidationKeyword(RowNames.NAME))
            .build()).build();

    private record Schema(JsonNode tree, JsonSchema validator) {
    }

    private SchemaRules() {
    }

    /**
     * A Markdown disclosure's header as its type's schema reads it: a header value is text ({@code so_y_kien=42}),
     * so a whole number where the schema asks for an integer, and {@code true}/{@code false} where it asks for a
     * boolean, become those; JBake's own {@code tags} is left out. Lines stay those of the header.
     */
    public static SourceDocument typedHeader(SourceDocument doc, DisclosureType type) {
        com.fasterxml.jackson.databind.node.ObjectNode typed = doc.metadata().deepCopy();
        typed.remove("tags");
        JsonNode properties = load(type).map(s -> s.tree().path("properties"))
                .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
        doc.metadata().fieldNames().forEachRemaining(name -> {
            JsonNode value = typed.get(name);
            String kinds = properties.path(name).path("type").toString();
            if (value.isTextual() && kinds.contains("\"integer\"") && value.asText().strip().matches("-?\\d{1,18}")) {
                typed.put(name, Long.parseLong(value.asText().strip()));
            } else if (value.isTextual() && kinds.equals("\"boolean\"")
                    && value.asText().strip().matches("true|false")) {
                typed.put(name, Boolean.parseBoolean(value.asText().strip()));
            }
        });
        return new SourceDocument(doc.file(), doc.path(), doc.contentPath(), doc.format(),
                doc.located().withRoot(typed), doc.markdownBody(), doc.bodyLine(), doc.sha256());
    }

    public static void check(SourceDocument doc, DisclosureType type, Problems problems) {
        Optional<Schema> schema = load(type);
        if (schema.isEmpty()) {
            return;
        }
        List<ValidationMessage> messages = new ArrayList<>(schema.get().validator().validate(doc.metadata()));
        messages.sort(Comparator.comparing(m -> m.getInstanceLocation().toString()));
        for (ValidationMessage m : messages) {
            String pointer = pointer(m.getInstanceLocation());
            if (m.getType().equals("additionalProperties")) {
                pointer = pointer + "/" + LocatedJson.segment(m.getProperty());
            }
            JsonNode rule = schemaNode(schema.get().tree(), m.getSchemaLocation().getFragment());
            String message = message(m, rule, type);
            if (message == null) {
                continue;
            }
            String field = display(m.getInstanceLocation());
            if (m.getType().equals("required") || m.getType().equals("additionalProperties")) {
                field = field.isEmpty() ? m.getProperty() : field + "." + m.getProperty();
            }
            problems.add(doc.path(), doc.lineOf(pointer), field.isEmpty() ? "(tệp)"
                    : RowNames.of(type).field(doc.metadata(), field), message);
        }
    }

    private static String message(ValidationMessage m, JsonNode rule, DisclosureType type) {
        JsonNode value = m.getInstanceNode();
        String shown = value == null ? "" : (value.isTextual() ? "\"" + value.asText() + "\"" : String.valueOf(value));
        String title = rule.path("title").asText("");
        String what = title.isEmpty() ? "" : " (" + title + ")";
        switch (m.getType()) {
            case "required" -> {
                JsonNode property = rule.path("properties").path(m.getProperty());
                String name = property.path("title").asText("");
                return "thiếu trường bắt buộc \"" + m.getProperty() + "\"" + (name.isEmpty() ? "" : " (" + name + ")")
                        + ". Cách sửa: thêm \"" + m.getProperty() + "\": …" + hint(property);
            }
            case "additionalProperties" -> {
                if (PersonalDataGuard.isForbiddenName(m.getProperty())) {
                    return null; // reported by the personal-data guard
                }
                List<String> allowed = new ArrayList<>();
                rule.path("properties").fieldNames().forEachRemaining(allowed::add);
                allowed.remove("$schema");
                return "trường \"" + m.getProperty() + "\" không có trong mẫu " + type.code() + ". Cách sửa: xoá "
                        + "trường này hoặc sửa tên cho đúng; các trường được dùng ở đây: " + String.join(", ", allowed) + ".";
            }
            case "enum" -> {
                List<String> values = new ArrayList<>();
                rule.path("enum").forEach(v -> values.add(v.asText()));
                EnumLabels labels = EnumLabels.of(rule.path("description").asText(""), values);
                Optional<String> meant = value != null && value.isTextual() ? labels.meant(value.asText())
                        : Optional.empty();
                if (meant.isPresent()) {
                    return "giá trị " + shown + " là tên, ở đây cần ghi mã" + what + ". Cách sửa: viết \""
                            + meant.get() + "\" (mã của \"" + labels.label(meant.get()).orElse(meant.get())
                            + "\"); các mã: " + String.join(", ", values) + ".";
                }
                return "giá trị " + shown + " không có" + what + ". Cách sửa: dùng một trong: " + String.join(", ", values) + ".";
            }
            case "const" -> {
                return "phải là " + rule.path("const") + what + ".";
            }
            case "type" -> {
                return "giá trị " + shown + " sai kiểu" + what + ": phải là " + typeName(rule.path("type")) + "." + hint(rule);
            }
            case "minimum", "exclusiveMinimum" -> {
                return "giá trị " + shown + " quá nhỏ" + what + ": phải từ " + rule.path("minimum").asText(rule.path("exclusiveMinimum").asText()) + " trở lên.";
            }
            case "maximum", "exclusiveMaximum" -> {
                return "giá trị " + shown + " quá lớn" + what + ": không được lớn hơn " + rule.path("maximum").asText(rule.path("exclusiveMaximum").asText()) + ".";
            }
            case "pattern" -> {
                return "giá trị " + shown + " không đúng dạng" + what + "." + hint(rule);
            }
            case "minLength" -> {
                return "không được để trống" + what + ".";
            }
            case "minItems" -> {
                return "danh sách không được để trống" + what + ".";
            }
            case "not" -> {
                return "không được ghi trường này" + what + "." + hint(rule);
            }
            case "anyOf", "oneOf" -> {
                return "không đúng mẫu" + what + "." + hint(rule);
            }
            default -> {
                return "giá trị " + shown + " không đúng mẫu " + type.code() + what + "." + hint(rule);
            }
        }
    }

    private static String hint(JsonNode rule) {
        String description = rule.path("description").asText("");
        return description.isEmpty() ? "" : " Hướng dẫn: " + description;
    }

    private static String typeName(JsonNode type) {
        List<String> names = new ArrayList<>();
        (type.isArray() ? type : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(type)).forEach(t -> names.add(switch (t.asText()) {
            case "integer" -> "số nguyên (không có dấu chấm, dấu phẩy, không đặt trong dấu nháy)";
            case "number" -> "số (không đặt trong dấu nháy)";
            case "string" -> "chữ (đặt trong dấu nháy kép)";
            case "array" -> "danh sách [ … ]";
            case "object" -> "đối tượng { … }";
            case "boolean" -> "true hoặc false";
            default -> t.asText();
        }));
        return String.join(" hoặc ", names);
    }

    /** The schema object a keyword belongs to: the fragment without its last element, the keyword. */
    private static JsonNode schemaNode(JsonNode schema, JsonNodePath fragment) {
        JsonNode node = schema;
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
        }
        return node;
    }

    static String pointer(JsonNodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(LocatedJson.segment(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    static String display(JsonNodePath path) {
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(element);
            }
        }
        return field.toString();
    }

    private static Optional<Schema> load(DisclosureType type) {
        return VALIDATORS.computeIfAbsent(type, t -> Schemas.of(t).map(tree -> new Schema(tree,
                FACTORY.getSchema(tree, SchemaValidatorsConfig
                        .builder().pathType(PathType.JSON_POINTER).formatAssertionsEnabled(false).build()))));
    }
}
