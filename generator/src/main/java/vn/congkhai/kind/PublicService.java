package vn.congkhai.kind;

import java.util.List;

/**
 * A service the commune provides to citizens, as a disclosure of a type describes it (a procedure): what machine-readable
 * metadata ({@code GovernmentService}) says of it, so that the metadata stage needs no type's package.
 *
 * @param code     its code in the national database of procedures
 * @param field    its field ("Chứng thực"), or null
 * @param agency   the body that handles it, or null
 * @param audience who may apply, or null
 * @param online   the address of its online service, or null
 */
public record PublicService(String code, String name, String field, String agency, String audience, String online,
                            List<Fee> fees) {

    public PublicService {
        fees = List.copyOf(fees);
    }

    /** A fee or charge in đồng: 0 means free. */
    public record Fee(String name, long amount, String note) {
    }
}
