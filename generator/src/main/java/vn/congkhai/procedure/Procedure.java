package vn.congkhai.procedure;

import vn.congkhai.model.Attachment;
import vn.congkhai.model.DisclosureData;

import java.util.List;

/**
 * An administrative procedure the commune handles ({@code thu-tuc}), with the fields of Decree 63/2010 Art. 8.
 *
 * @param workingDays processing time in working days where there is one number, else null
 */
public record Procedure(String code, String name, String field, List<String> steps, List<String> methods,
                        List<RequiredDocument> documents, String processingTime, Double workingDays,
                        String applicants, String agency, String result, List<Fee> fees, List<Attachment> forms,
                        String conditions, List<String> legalBasis, String whereToApply, String onlineService)
        implements DisclosureData {

    /** A document to hand in, and how many copies ("1 bộ", or as the officer wrote it). */
    public record RequiredDocument(String name, String copies, String note) {
    }

    /** A fee or charge: 0 means free. */
    public record Fee(String name, long amount, String note) {
        public boolean isFree() {
            return amount == 0;
        }
    }
}
