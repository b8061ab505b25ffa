package vn.congkhai.word;

import java.nio.file.Path;

/** The Word files of {@link WordImportIT}, for other modules' tests (through the test-jar). */
public final class WordSamples {

    private WordSamples() {
    }

    /** A notice in the Decree 30 layout, 52/TB-UBND of Phú Thịnh, written as {@code dir/thong-bao.docx}. */
    public static Path notice(Path dir) throws Exception {
        return WordImportIT.notice(dir);
    }
}
