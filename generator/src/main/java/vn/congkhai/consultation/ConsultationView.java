package vn.congkhai.consultation;

/**
 * A consultation's page: where it stands on the bake date, what is consulted (the draft, rendered), and the result
 * once closed.
 *
 * @param draftHtml the draft rendered from Markdown, or null
 */
public record ConsultationView(Consultation consultation, ConsultationState state, String draftHtml) {

    /** Whether the page shows the result: the consultation is closed, or a result was published early. */
    public boolean showsResult() {
        return consultation.hasResult();
    }
}
