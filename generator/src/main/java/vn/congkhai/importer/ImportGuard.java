package vn.congkhai.importer;

import vn.congkhai.config.Commune;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.content.Format;
import vn.congkhai.content.JsonSyntaxError;
import vn.congkhai.content.LocatedJson;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.problem.Problems;
import vn.congkhai.validate.PersonalDataGuard;

import java.nio.file.Path;
import java.util.List;

/**
 * The personal-data guard of the bake, run on an import's draft before it is written: an ID number, a phone number
 * or a birth date left in a visible column never reaches the commune's repository (which its CI and its history
 * keep), not even as a draft.
 */
final class ImportGuard {

    private ImportGuard() {
    }

    /** Each finding of the guard in the draft {@code json}, as "field: what and how to fix it". */
    static List<String> findings(Path projectDir, DisclosureType type, Path output, String json) {
        LocatedJson located;
        try {
            located = LocatedJson.parse(json);
        } catch (JsonSyntaxError e) {
            throw new IllegalStateException("an import wrote JSON it cannot read", e);
        }
        String path = projectDir.relativize(output).toString().replace('\\', '/');
        SourceDocument doc = new SourceDocument(output, path, path.replaceFirst("^content/", ""), Format.JSON,
                located, null, 0, null);
        Problems problems = new Problems();
        PersonalDataGuard.check(doc, type, commune(projectDir), problems);
        return problems.list().stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    /** The commune's own numbers are public; without a readable configuration there are none. */
    private static Commune commune(Path projectDir) {
        SiteConfig config = SiteConfig.load(projectDir, new Problems());
        return config != null ? config.commune()
                : new Commune(null, null, null, null, null, null, null, null, null, null, List.of());
    }
}
