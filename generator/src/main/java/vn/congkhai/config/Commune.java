package vn.congkhai.config;

import java.util.List;

/**
 * Who publishes the site, from {@code jbake.properties}: another commune adopts the product by changing these.
 *
 * @param name          commune name without the word "xã", e.g. {@code Lục Ba}
 * @param committee     issuing body as printed, e.g. {@code Ủy ban nhân dân xã Lục Ba}
 * @param formerDistrict district before the 2025 reorganisation (may be empty)
 * @param siteAddress   absolute address of the published site, e.g. {@code https://lucba.thainguyen.gov.vn}
 * @param postingPlaces where disclosures are posted ({@code niem_yet.dia_diem}), the office first
 */
public record Commune(String name, String committee, String province, String formerDistrict, String address,
                      String phone, String email, String hotline, String chair, String siteAddress,
                      List<String> postingPlaces) {

    /** "Xã Lục Ba" as in a heading. */
    public String title() {
        return "Xã " + name;
    }
}
