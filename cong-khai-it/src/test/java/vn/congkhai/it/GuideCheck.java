package vn.congkhai.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an officers' guide (Markdown, as GitHub and GitLab show it) names that must exist: settings and links. */
final class GuideCheck {

    /** A backticked setting: {@code `ngay_bake=`} or a dotted key such as {@code `site.host`}. */
    private static final Pattern SETTING = Pattern.compile("`([a-z][a-z_]*=|[a-z][a-z_]*(?:\\.[a-z_]+)+=?)`");
    private static final Set<String> FILE_EXTENSIONS = Set.of("properties", "xml", "md", "json", "csv", "xlsx",
            "docx", "doc", "pdf", "yml", "cmd", "sh", "html", "png", "txt", "groovy", "ini");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)|<img src=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

    private GuideCheck() {
    }

    /** The settings of {@code jbake.properties} the guide names, without their {@code =}. */
    static Set<String> settings(String guide) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = SETTING.matcher(guide);
        while (m.find()) {
            String key = m.group(1).replaceFirst("=$", "");
            if (!FILE_EXTENSIONS.contains(key.substring(key.lastIndexOf('.') + 1))) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The links and images of the guide that lead nowhere: an anchor no heading has, a file the folder lacks. */
    static List<String> brokenLinks(String guide, Path folder) {
        Set<String> anchors = new LinkedHashSet<>();
        Matcher h = HEADING.matcher(guide);
        while (h.find()) {
            anchors.add(anchor(h.group(1)));
        }
        List<String> broken = new ArrayList<>();
        Matcher m = LINK.matcher(guide);
        while (m.find()) {
            String target = m.group(1) != null ? m.group(1) : m.group(2);
            if (target.matches("(?i)(https?|mailto|tel):.*")) {
                continue;
            }
            boolean found = target.startsWith("#") ? anchors.contains(target.substring(1))
                    : Files.exists(folder.resolve(target.replaceFirst("#.*$", "")));
            if (!found) {
                broken.add(target);
            }
        }
        return broken;
    }

    /** The anchor GitHub and GitLab give a heading: lower case, punctuation dropped, spaces made hyphens. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
    }
}
