package vn.congkhai.bake;

import vn.congkhai.feed.Messages;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The ready messages (Zalo, SMS) of every disclosure a bake published, kept beside the site ({@code
 * target/site.tin-nhan.json}, never inside it: the law asks the site for the disclosures, not for these) for the publish
 * step to print those that the live release did not have.
 *
 * @param sources  {@link vn.congkhai.content.Sources#digest} of the sources of the bake that wrote them, which the
 *                 publish step holds against the bake's receipt: messages of another bake are never printed
 * @param messages one per published disclosure, newest first
 */
public record ReleaseMessages(String sources, List<Messages.Message> messages) {

    public ReleaseMessages {
        messages = List.copyOf(messages);
    }

    /** Where the messages of a bake into {@code site} are kept: {@code site.tin-nhan.json} beside it. */
    public static Path pathFor(Path site) {
        return BesideTheSite.path(site, "tin-nhan.json");
    }

    void write(Path site) {
        BesideTheSite.write(pathFor(site), this);
    }

    /** The messages of the last bake into {@code site}; empty when there are none or they cannot be read. */
    public static Optional<ReleaseMessages> of(Path site) {
        return BesideTheSite.read(pathFor(site), ReleaseMessages.class);
    }
}
