package vn.congkhai.content;

/** How a disclosure is written: prose in Markdown with a JBake header, or lists and tables in JSON. */
public enum Format {
    MARKDOWN("md"),
    JSON("json");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Format ofFileName(String name) {
        for (Format f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        return null;
    }
}
