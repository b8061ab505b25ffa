package vn.congkhai.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;

import vn.congkhai.text.Sha256;

/**
 * A short revision of a disclosure: the first 8 hex digits of the SHA-256 of its content file (and of its full
 * text, for a plan). Printed on the web page and on the printout, so anyone can check that paper and site agree.
 */
public final class Revision {

    private Revision() {
    }

    public static String of(Disclosure d, String fullText) {
        if (fullText == null && d.source().sha256() != null) {
            return d.source().sha256().substring(0, 8); // of the bytes as they were read
        }
        try {
            MessageDigest sha = Sha256.digest();
            sha.update(Files.readAllBytes(d.source().file()));
            if (fullText != null) {
                sha.update(fullText.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
