package vn.congkhai.print;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxImage;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.w3c.dom.Element;

import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A printout's QR code, drawn into the PDF from the page's address:
 * {@code <object type="image/x-qr-code" data="https://…" alt="…">}, sized by CSS, tagged as a figure with its
 * {@code alt} text like an image.
 *
 * <p>A QR code given as a PNG data URI cost three times over: making the PNG (the first one sets up Java's image
 * I/O, which looks for image plugins in every jar of the class path: a fifth of a second on the bake's main thread,
 * before any page is rendered), openhtmltopdf reading it back with image I/O to learn its size, and PDFBox, which
 * embeds only some kinds of PNG as they are, decoding and encoding it again. Here the code goes from the encoder to
 * the PDF's image directly, one bit per module, drawn without smoothing (as {@code image-rendering: pixelated}).
 */
final class QrCodeObjects implements FSObjectDrawerFactory, FSObjectDrawer {

    /** The type of the {@code object} element the printout templates use. */
    static final String TYPE = "image/x-qr-code";

    @Override
    public boolean isReplacedObject(Element e) {
        return TYPE.equals(e.getAttribute("type"));
    }

    @Override
    public FSObjectDrawer createDrawer(Element e) {
        return isReplacedObject(e) ? this : null;
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
                                         OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
        PdfBoxOutputDevice pdf = (PdfBoxOutputDevice) outputDevice;
        String address = e.getAttribute("data");
        BufferedImage image;
        try {
            image = QrCode.image(address);
        } catch (IllegalArgumentException notAnAddress) {
            return null; // not an address, or too long for a QR code: the printout still gives it in words
        }
        try {
            PDImageXObject code = LosslessFactory.createFromImage(pdf.getWriter(), image);
            code.setInterpolate(false);
            // "Interpolate" here only means: leave the image's flags alone (under PDF/A openhtmltopdf never smooths).
            pdf.drawImage(new PdfBoxImage(null, address, (float) width, (float) height, code), (int) x, (int) y,
                    true);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return null;
    }
}
