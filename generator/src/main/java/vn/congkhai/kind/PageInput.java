package vn.congkhai.kind;

import vn.congkhai.model.Disclosure;
import vn.congkhai.model.SiteContent;
import vn.congkhai.text.Markdown;

import java.time.LocalDate;

/** What a kind may look at to build its page's view: the disclosure, the whole site's content, the Markdown dialect. */
public record PageInput(Disclosure disclosure, SiteContent content, Markdown markdown) {

    /** The day of the bake: what is "today" on the published page. */
    public LocalDate bakeDate() {
        return content.config().bakeDate();
    }
}
