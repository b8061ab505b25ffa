package vn.congkhai.bake;

import vn.congkhai.feed.Messages;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The ready messages (Zalo, SMS) of every disclosure a bake published, kept beside the site (the law does not ask the
 * site for them) for the publish step to print the new ones.
 *
 * @param sources  the sources' digest, held against the bake's receipt: another bake's messages are never printed
 * @param messages one per published disclosure, newest first
 */
public record ReleaseMessages(String sources, List<Messages.Message> messages) {

    public ReleaseMessages {
        messages = List.copyOf(messages);
    }

    /** {@code site.tin-nhan.json} beside {@code site}. */
    public static Path pathFor(Path site) {
        return BesideTheSite.path(site, "tin-nhan.json");
    }

    public static Optional<ReleaseMessages> of(Path site) {
        return BesideTheSite.read(pathFor(site), ReleaseMessages.class);
    }
}
