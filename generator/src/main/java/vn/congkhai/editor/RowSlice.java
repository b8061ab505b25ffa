package vn.congkhai.editor;

/**
 * The rows of a long list one form shows: a household list of 10,000 rows is not one form of 80,000 fields but pages
 * of {@link #PAGE} rows, each saved into the file with the rows of the other pages kept as they are on disk.
 *
 * @param start    the index of the first row shown, in the list as the form shows it
 * @param count    how many rows the form shows (more than a page once rows are added or pasted into it)
 * @param replaces how many rows of the file, from {@code start}, the form's rows stand for
 */
record RowSlice(int start, int count, int replaces) {

    /** Rows on one page of a list's form. */
    static final int PAGE = 200;

    RowSlice {
        if (start < 0 || count < 0 || replaces < 0) {
            throw new IllegalArgumentException("a slice of rows is never negative");
        }
    }

    /** The rows of page {@code page} (from 1; past the last, the last) of a list of {@code size} rows. */
    static RowSlice page(int page, int size) {
        int start = (Math.min(Math.max(page, 1), pages(size)) - 1) * PAGE;
        int count = Math.min(PAGE, size - start);
        return new RowSlice(start, count, count);
    }

    /** The whole of a short list, or the page of a long one that starts at or before {@code start}. */
    static RowSlice from(int start, int size) {
        return page(start / PAGE + 1, size);
    }

    /** How many pages a list of {@code size} rows has: at least one, empty or not. */
    static int pages(int size) {
        return Math.max(1, (size + PAGE - 1) / PAGE);
    }

    /** The page, from 1, this slice starts on. */
    int pageNumber() {
        return start / PAGE + 1;
    }

    /** Whether the list shown has more than this slice: then the form shows its page links. */
    boolean partOf(int size) {
        return start > 0 || count < size;
    }

    /** Whether the row at {@code index} of the list is in this slice. */
    boolean shows(int index) {
        return index >= start && index < start + count;
    }

    /** The same rows with one more added (or pasted) at the end of the slice. */
    RowSlice plusOne() {
        return new RowSlice(start, count + 1, replaces);
    }
}
