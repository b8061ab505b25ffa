package vn.congkhai.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import vn.congkhai.text.IsoDate;

import java.io.File;
import java.nio.charset.CharacterCodingException;
import java.text.Normalizer;
import java.util.Date;
import java.util.Iterator;
import java.util.Map;

/**
 * JBake's markup engine for {@code .json} files, so that a JSON disclosure is a JBake document like a Markdown one:
 * the keys of the content contract become its metadata ({@code title}, {@code date}, {@code type},
 * {@code status}, …) and every other key its data, as plain maps and lists. Registered for the {@code json}
 * extension in {@code META-INF/org.jbake.parser.MarkupEngines.properties}.
 *
 * <p>Mistakes are not reported here: {@link ContentReader} and the validation stage have read every file already
 * and stopped the build with line numbers. A file that cannot be read is skipped, as JBake does.
 */
public final class JsonMarkupEngine extends MarkupEngine {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        JsonNode root;
        try {
            String text = Normalizer.normalize(ContentReader.readUtf8(file.toPath()), Normalizer.Form.NFC);
            root = LocatedJson.parse(text.startsWith("\uFEFF") ? text.substring(1) : text).root();
        } catch (JsonSyntaxError | CharacterCodingException e) {
            return null;
        }
        if (!root.isObject()) {
            return null;
        }
        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("date")) {
                doc.put(field.getKey(), MAPPER.convertValue(field.getValue(), Object.class));
            }
        }
        doc.setType(root.path("type").asText(""));
        doc.setTitle(root.path("title").asText(""));
        doc.setStatus(root.path("status").asText(config.getDefaultStatus()));
        String date = root.path("date").asText(null);
        if (date == null) { // as JBake dates any file whose header gives no date
            doc.setDate(new Date(file.lastModified()));
        } else {
            IsoDate.parse(date).ifPresent(d -> doc.setDate(Date.from(d.atStartOfDay(IsoDate.ZONE).toInstant())));
        }
        doc.setBody("");
        if (doc.getType().isEmpty() || doc.getDate() == null) {
            return null;
        }
        return doc;
    }
}
