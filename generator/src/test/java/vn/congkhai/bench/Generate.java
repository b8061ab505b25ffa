package vn.congkhai.bench;

import java.nio.file.Path;

/** {@code Generate <folder> <n>}: writes a synthetic commune of n disclosures. */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws Exception {
        SyntheticCommune.generate(java.nio.file.Files.createDirectories(Path.of(args[0])), Integer.parseInt(args[1]));
    }
}
