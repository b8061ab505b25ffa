package vn.congkhai.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Every problem found in one build, kept in file and line order so that they can all be reported at once. */
public final class Problems {

    private final TreeSet<Problem> problems = new TreeSet<>();
    private final TreeSet<Problem> warnings = new TreeSet<>();
    private final Problems parent;

    public Problems() {
        this(null);
    }

    private Problems(Problems parent) {
        this.parent = parent;
    }

    /**
     * Problems of one part of the work (one file, one reader): each is also a problem of this build, and
     * {@link #isEmpty()} of the part tells whether that part found any, whatever the others found.
     */
    public Problems part() {
        return new Problems(this);
    }

    public void add(String path, int line, String field, String message) {
        add(new Problem(path, line, field, message));
    }

    private void add(Problem problem) {
        problems.add(problem);
        if (parent != null) {
            parent.add(problem);
        }
    }

    /** Something the officer should know that does not stop the bake (a junk file ignored, an outside image). */
    public void warn(String path, int line, String field, String message) {
        warnAll(java.util.List.of(new Problem(path, line, field, message)));
    }

    public void warnAll(Collection<Problem> more) {
        warnings.addAll(more);
        if (parent != null) {
            parent.warnAll(more);
        }
    }

    public List<Problem> warnings() {
        return new ArrayList<>(warnings);
    }

    public void addAll(Collection<Problem> more) {
        more.forEach(this::add);
    }

    /** Everything {@code found} holds, problems and warnings (what a check found before, taken again). */
    public void addAll(Problems found) {
        addAll(found.list());
        warnAll(found.warnings());
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    public List<Problem> list() {
        return new ArrayList<>(problems);
    }

    /** The whole report as an officer reads it in the terminal. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append("Nội dung có ").append(problems.size()).append(" lỗi. Trang web chưa được cập nhật ")
                .append("(bản đã đăng trước đó vẫn giữ nguyên).\n\n");
        for (Problem p : problems) {
            out.append(p.format()).append('\n');
        }
        out.append("\nSửa các lỗi trên (tệp:dòng: trường: lỗi và cách sửa) rồi chạy lại.\n");
        return out.toString();
    }
}
