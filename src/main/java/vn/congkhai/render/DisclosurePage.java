package vn.congkhai.render;

import vn.congkhai.model.Disclosure;

import java.util.List;

/**
 * What a disclosure's page shows, computed in Java so that templates only print it.
 *
 * @param bodyHtml   rendered Markdown (the only HTML a template prints unescaped), or empty
 * @param posting    the posting period as a sentence, or null
 * @param sampleNote why this page holds sample data ({@code du_lieu_mau}), or null
 * @param address    the page's absolute address on the published site
 * @param fullTextHtml a plan's full text, rendered, or null
 */
public record DisclosurePage(Disclosure doc, SectionView section, String itemName, String posting, String bodyHtml,
                             List<DataTable> data, Link newer, Link older, String sampleNote, String address,
                             String fullTextHtml, List<PlanTaskRow> tasks) {
}
