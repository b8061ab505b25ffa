package vn.congkhai.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.File;
import java.io.IOException;

/** {@code PdfPages <file.pdf>…}: prints the number of pages of each PDF, for {@code bench/big-list.sh}. */
public final class PdfPages {

    private PdfPages() {
    }

    public static void main(String[] args) throws IOException {
        for (String file : args) {
            try (PDDocument pdf = Loader.loadPDF(new File(file))) {
                System.out.println(new File(file).getName() + ": " + pdf.getNumberOfPages() + " pages");
            }
        }
    }
}
