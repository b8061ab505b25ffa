package vn.congkhai.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxImage;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Base64;
import java.util.Map;

/** A page address's QR code, drawn into the PDF from {@code <object type="image/x-qr-code">}, or a PNG data URI. */
public final class QrCode {

    static final String TYPE = "image/x-qr-code";

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

    /** The code as a PNG data URI, buffered in memory rather than in image I/O's temporary file. */
    public static String dataUri(String address) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
            ImageIO.write(image(address), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /** Draws the code of the object's {@code data} address, sized by CSS, unsmoothed; nothing if it is no address. */
    static Map<Shape, String> draw(Element e, double x, double y, double width, double height, OutputDevice device,
                                   RenderingContext ctx, int dotsPerPixel) {
        PdfBoxOutputDevice pdf = (PdfBoxOutputDevice) device;
        String address = e.getAttribute("data");
        BufferedImage image;
        try {
            image = image(address);
        } catch (IllegalArgumentException notAnAddress) {
            return null; // or too long for a QR code: the printout still gives it in words
        }
        try {
            PDImageXObject code = LosslessFactory.createFromImage(pdf.getWriter(), image);
            code.setInterpolate(false);
            // true: leave the image's own flag alone (under PDF/A openhtmltopdf never smooths).
            pdf.drawImage(new PdfBoxImage(null, address, (float) width, (float) height, code), (int) x, (int) y,
                    true);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return null;
    }
}
