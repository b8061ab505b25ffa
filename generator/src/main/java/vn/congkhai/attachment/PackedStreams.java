package vn.congkhai.attachment;

import vn.congkhai.text.VietnameseFormat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.InflaterInputStream;

/**
 * How far a PDF's packed (Flate) streams unpack, measured before PDFBox reads the file: PDFBox unpacks an object
 * stream whole into memory, whatever its memory setting, so that a 2 MB file whose object stream unpacks to 2 GB
 * exhausts the bake's heap (tried). Each stream is unpacked here and counted, never kept, layer on layer as chained
 * filters would, and the file is refused as a bomb past a stream or total limit no real PDF reaches.
 */
final class PackedStreams {

    /** Biggest stream unpacked: a 300 dpi colour A4 scan kept lossless is 26 MB. */
    static final long MAX_STREAM_BYTES = 64L * 1024 * 1024;
    /** Most bytes all streams unpack to, together. */
    static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
    /** Filters chained on one stream at most, as unpacked here. */
    private static final int MAX_LAYERS = 3;

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "endstream".getBytes(StandardCharsets.US_ASCII);

    private PackedStreams() {
    }

    /** Why the PDF is a bomb, said for the officer, or null. */
    static String bomb(byte[] pdf) {
        long total = 0;
        int at = 0;
        while ((at = indexOf(pdf, STREAM, at)) >= 0) {
            int start = at + STREAM.length;
            boolean keyword = (at == 0 || pdf[at - 1] != 'd') && start < pdf.length
                    && (pdf[start] == '\n' || pdf[start] == '\r');
            at = start;
            if (!keyword) {
                continue; // "endstream", or a word in a string
            }
            start += pdf[start] == '\r' && start + 1 < pdf.length && pdf[start + 1] == '\n' ? 2 : 1;
            int end = indexOf(pdf, END, start);
            end = end < 0 ? pdf.length : end;
            long size = unpacked(pdf, start, end, MAX_STREAM_BYTES + 1);
            if (size > MAX_STREAM_BYTES) {
                return "một luồng dữ liệu giải nén ra hơn " + VietnameseFormat.bytes(MAX_STREAM_BYTES);
            }
            total += size;
            if (total > MAX_TOTAL_BYTES) {
                return "các luồng dữ liệu giải nén ra hơn " + VietnameseFormat.bytes(MAX_TOTAL_BYTES);
            }
            at = end;
        }
        return null;
    }

    /** How many bytes the stream unpacks to (up to {@code limit}), layer by layer while a layer is zlib data. */
    private static long unpacked(byte[] pdf, int start, int end, long limit) {
        long size = end - start;
        for (int layers = 0; layers < MAX_LAYERS; layers++) {
            try (InputStream in = open(pdf, start, end, layers)) {
                if (!zlib(in)) {
                    return size;
                }
                size = count(new InflaterInputStream(in), limit);
                if (size > limit) {
                    return size;
                }
            } catch (IOException e) {
                return size;
            }
        }
        return size;
    }

    /** The stream's bytes after {@code layers} inflations. */
    private static InputStream open(byte[] pdf, int start, int end, int layers) {
        InputStream in = new ByteArrayInputStream(pdf, start, end - start);
        for (int i = 0; i < layers; i++) {
            in = new InflaterInputStream(in);
        }
        return new BufferedInputStream(in);
    }

    /** Whether the next two bytes are a zlib header (deflate, a valid check value); leaves the stream where it was. */
    private static boolean zlib(InputStream in) {
        try {
            in.mark(2);
            int cmf = in.read();
            int flg = in.read();
            in.reset();
            return cmf >= 0 && flg >= 0 && (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Bytes read until the end, an error or past {@code limit}; a stream PDFBox cannot unpack either counts as read. */
    private static long count(InputStream in, long limit) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    return total;
                }
            }
        } catch (IOException e) {
            return total; // damaged data: PDFBox stops there too
        }
        return total;
    }

    private static int indexOf(byte[] data, byte[] word, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - word.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (data[i + j] != word[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
