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

/**
 * A QR code of a page's address, one pixel per module (the PDF scales it up, and a small image costs little to
 * embed). The address is encoded as ASCII. Printouts draw it themselves ({@link QrCodeObjects}); a PNG data URI is
 * there for a commune's own print template.
 */
public final class QrCode {

    private QrCode() {
    }

    /** The code as a black-and-white image, with the quiet zone of four modules around it. */
    static BufferedImage image(String address) {
        String ascii = URI.create(address).toASCIIString();
        try {
            BitMatrix matrix = new QRCodeWriter().encode(ascii, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + ascii + " as a QR code", e);
        }
    }

    /** The code as a PNG data URI. */
    public static String dataUri(String address) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        // Buffered in memory: Java's image I/O would otherwise buffer the few hundred bytes in a temporary file.
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
            ImageIO.write(image(address), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
