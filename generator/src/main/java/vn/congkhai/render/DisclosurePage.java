package vn.congkhai.render;

import vn.congkhai.model.Link;
import vn.congkhai.text.Markdown;
import vn.congkhai.model.Disclosure;

import java.util.List;

/**
 * What a disclosure's page shows, computed in Java so that templates only print it.
 *
 * @param facts      type-specific facts for the page head (who a policy is for, …)
 * @param bodyHtml   rendered Markdown (the only HTML a template prints unescaped), or empty: made from the body of
 *                   {@code doc}'s source file alone
 * @param view       the typed view of a JSON disclosure (from the type's kind: a household list's, a budget's, …), or null
 * @param posting    the posting period as a sentence, or null
 * @param sampleNote why this page holds sample data ({@code du_lieu_mau}), or null
 * @param address    the page's absolute address on the published site
 * @param json       the open-data JSON of a JSON disclosure, or null; {@code csv} likewise
 * @param revision   short hash of the content, printed on the page and on the printout
 * @param pdf        the printout; {@code records} the posting records to print, if it has a posting period
 * @param history    when and how its file changed, from git
 */
public record DisclosurePage(Disclosure doc, SectionLink section, String itemName, String posting, List<Fact> facts,
                             String bodyHtml, Object view, Link newer, Link older, String sampleNote, String address,
                             Link json, Link csv, String revision, Link pdf, List<Link> records,
                             HistoryView history) {

    public DisclosurePage {
        facts = List.copyOf(facts);
        records = List.copyOf(records);
    }
}
