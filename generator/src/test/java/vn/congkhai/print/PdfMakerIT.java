package vn.congkhai.print;

import com.sun.net.httpserver.HttpServer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is fetched while a PDF is made: an address in a disclosure (an image, a style sheet, a font, an
 * attachment) is neither requested from the network nor read from the disk, so that a bake never depends on, or
 * leaks to, another server, and a local file never ends up in a public PDF.
 */
class PdfMakerIT {

    private static final PdfMaker.Info INFO = new PdfMaker.Info("Thử", "UBND xã", "Bản in thử", LocalDate.of(2025, 1, 2));

    @TempDir
    Path tmp;
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private String http;

    @BeforeEach
    void listen() throws IOException {
        byte[] png = png();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = exchange.getRequestURI().getPath().endsWith(".css")
                    ? "body { color: red }".getBytes() : png;
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        http = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void addressesInTheHtmlAreNeitherRequestedNorReadFromDisk() throws IOException {
        Path secret = Files.write(tmp.resolve("anh-rieng.png"), png());
        String file = secret.toUri().toString();
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<link rel=\"stylesheet\" href=\"" + http + "/kieu.css\">"
                + "<style>@import url(" + http + "/nhap.css);"
                + " @font-face { font-family: \"Ngoai\"; src: url(" + http + "/phong.ttf); }"
                + " .nen { background-image: url(" + http + "/nen.png); width: 20mm; height: 20mm; }"
                + " .tep { background-image: url('" + file + "'); width: 20mm; height: 20mm; }</style>"
                + "</head><body style=\"font-family: Ngoai\"><p>Ảnh trên mạng:</p><img src=\"" + http + "/anh.png\">"
                + "<p>Ảnh trên máy:</p><img src=\"" + file + "\"><img src=\"file:///etc/hostname\">"
                + "<img src=\"anh-tuong-doi.png\"><div class=\"nen\"></div><div class=\"tep\"></div>"
                + "<object type=\"image/png\" data=\"" + http + "/doi-tuong.png\"></object>"
                + "<p><a download=\"tep.png\" href=\"" + http + "/dinh-kem.png\">Tệp đính kèm</a>"
                + " <a download=\"rieng.png\" href=\"" + file + "\">Tệp trên máy</a></p></body></html>";

        byte[] pdf = new PdfMaker().pdf(html, INFO);

        assertThat(requests).as("requests to the loopback server").isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(images(doc)).as("images in the PDF").isZero();
            assertThat(doc.getDocumentCatalog().getNames() == null
                    || doc.getDocumentCatalog().getNames().getEmbeddedFiles() == null).as("no embedded files").isTrue();
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void aDataUriImageMadeByTheBakeIsStillEmbedded() throws IOException {
        String qr = QrCode.dataUri("https://lucba.thainguyen.gov.vn/ho-ngheo/2024.html");
        byte[] pdf = new PdfMaker().pdf("<html><body><p>Mã QR:</p><img src=\"" + qr + "\" style=\"width: 30mm\">"
                + "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png()) + "\"></body></html>", INFO);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(images(doc)).isEqualTo(2);
        }
        assertThat(requests).isEmpty();
    }

    @Test
    void theQrCodeObjectIsDrawnFromItsAddressWhichIsNotFetched() throws Exception {
        String address = http + "/ho-ngheo/2024.html";
        byte[] pdf = new PdfMaker().pdf("<html><body><p>Mã QR:</p><object type=\"" + QrCode.TYPE + "\" data=\""
                + address + "\" alt=\"Mã QR\" style=\"width: 30mm; height: 30mm\"></object></body></html>", INFO);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(images(doc)).isEqualTo(1);
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
            assertThat(new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page))), Map.of(DecodeHintType.TRY_HARDER, true)).getText())
                    .isEqualTo(address);
        }
        assertThat(requests).isEmpty();
    }

    @Test
    void aQrCodeObjectWithoutAnAddressDrawsNothing() throws IOException {
        byte[] pdf = new PdfMaker().pdf("<html><body><p>Mã QR:</p><object type=\"" + QrCode.TYPE
                + "\" data=\"không phải địa chỉ\" alt=\"Mã QR\" style=\"width: 30mm; height: 30mm\"></object>"
                + "</body></html>", INFO);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(images(doc)).isZero();
        }
    }

    /** Image XObjects drawn on the pages, directly or inside form XObjects. */
    private static int images(PDDocument doc) throws IOException {
        int count = 0;
        for (PDPage page : doc.getPages()) {
            count += images(page.getResources());
        }
        return count;
    }

    private static int images(PDResources resources) throws IOException {
        if (resources == null) {
            return 0;
        }
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                count++;
            } else if (x instanceof PDFormXObject form) {
                count += images(form.getResources());
            }
        }
        return count;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
