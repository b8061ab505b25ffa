package vn.congkhai.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A QR code of a page's address, as a PNG data URI for a printout. The address is encoded as ASCII. */
public final class QrCode {

    /** One pixel per module: the PDF scales the image up, and a small image costs little to embed. */
    private static final int MODULE = 1;

    private QrCode() {
    }

    /**
     * Codes already drawn, by address: a printout's QR code is drawn once per process (the preview re-bakes every
     * printout's model after each edit; drawing them all again was 44% of a 1,000-disclosure preview's time). Bounded.
     */
    private static final Map<String, String> DRAWN = new ConcurrentHashMap<>();
    private static final int KEPT = 100_000;

    /** The QR code of {@code address}. */
    public static String dataUri(String address) {
        String drawn = DRAWN.get(address);
        if (drawn == null) {
            drawn = draw(address);
            if (DRAWN.size() >= KEPT) {
                DRAWN.clear();
            }
            DRAWN.put(address, drawn);
        }
        return drawn;
    }

    private static String draw(String address) {
        String ascii = URI.create(address).toASCIIString();
        try {
            BitMatrix matrix = new QRCodeWriter().encode(ascii, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            BufferedImage image = new BufferedImage(matrix.getWidth() * MODULE, matrix.getHeight() * MODULE,
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / MODULE, y / MODULE) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            // Buffered in memory: Java's image I/O would otherwise buffer the few hundred bytes in a temporary file.
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
                ImageIO.write(image, "png", out);
            }
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + ascii + " as a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
