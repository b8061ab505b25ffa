package vn.congkhai.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the end of an official document as Decree 30/2020 does: "Nơi nhận:" and its list at the bottom left,
 * the signature block (position, name) at the bottom right. Finds them in rendered Markdown: a paragraph starting
 * with "Nơi nhận", the list after it, and the paragraphs after that.
 */
public final class SignatureBlock {

    private SignatureBlock() {
    }

    public static String layout(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element recipients = doc.body().children().stream()
                .filter(e -> e.tagName().equals("p") && e.text().startsWith("Nơi nhận")).reduce((a, b) -> b).orElse(null);
        if (recipients == null) {
            return html;
        }
        Element list = recipients.nextElementSibling();
        List<Element> signature = new ArrayList<>();
        Element next = list == null ? null : list.nextElementSibling();
        while (next != null) {
            signature.add(next);
            next = next.nextElementSibling();
        }
        Element block = new Element("div").addClass("signature-block");
        Element left = block.appendElement("div").addClass("recipients");
        Element right = block.appendElement("div").addClass("signature");
        recipients.before(block);
        left.appendChild(recipients);
        if (list != null && list.tagName().equals("ul")) {
            left.appendChild(list);
        } else if (list != null) {
            signature.add(0, list);
        }
        signature.forEach(right::appendChild);
        return doc.body().html();
    }
}
