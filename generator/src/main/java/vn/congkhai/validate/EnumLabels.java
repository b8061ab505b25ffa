package vn.congkhai.validate;

import vn.congkhai.text.FileNames;
import vn.congkhai.text.VietnameseText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of a schema's codes, as its Vietnamese description gives them ("ngheo: hộ nghèo; can-ngheo: hộ cận
 * nghèo"), so that a label typed where a code belongs ("Hộ nghèo") is answered with its code ({@code ngheo}).
 * The editor shows a code's choice by its label. {@code SchemaFilesTest} holds every enum's description to that form.
 */
public final class EnumLabels {

    private final Map<String, String> labels;

    private EnumLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    /** Each code's label in {@code description}: the words after "code:" up to the next comma, semicolon or stop. */
    public static EnumLabels of(String description, List<String> codes) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String code : codes) {
            Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(code) + "\\s*:\\s*([^,;.]+)").matcher(description);
            if (m.find()) {
                labels.put(code, m.group(1).strip());
            }
        }
        return new EnumLabels(labels);
    }

    /** The label of {@code code}, if the description gives one. */
    public Optional<String> label(String code) {
        return Optional.ofNullable(labels.get(code));
    }

    /**
     * The code an officer meant by {@code typed}: the code whose label it is (letter case and diacritics aside), or
     * whose letters it has ("Cận nghèo" for {@code can-ngheo}).
     */
    public Optional<String> meant(String typed) {
        String folded = VietnameseText.fold(typed).strip();
        String slug = FileNames.slug(typed);
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (VietnameseText.fold(e.getValue()).strip().equals(folded)) {
                return Optional.of(e.getKey());
            }
        }
        return labels.keySet().stream().filter(code -> code.equals(slug)).findFirst();
    }
}
