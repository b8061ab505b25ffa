package vn.congkhai.problem;

/** The content has mistakes an officer must fix; the bake stops before touching the published site. */
public final class ContentProblemsException extends Exception {

    private final transient Problems problems;

    public ContentProblemsException(Problems problems) {
        super(problems.size() + " content problem(s):\n" + problems.report(), null, false, false);
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }
}
