package vn.congkhai.organisation;

import vn.congkhai.model.DisclosureData;

import java.util.ArrayList;
import java.util.List;

/**
 * The commune's organisation and contacts ({@code co-cau-to-chuc}), as Decree 42/2022 asks a portal to give them, in
 * Vietnamese and, where the commune translated them, in English (the {@code _tieng_anh} fields; null when not given).
 *
 * @param englishName the body's name in English, or null for the one the site makes from the commune's name
 * @param duties      its functions and duties in a paragraph, or null
 * @param focal       the portal's focal officer
 */
public record Organisation(String englishName, String duties, String dutiesEnglish, String address,
                           String addressEnglish, String phone, String email, String hours, String hoursEnglish,
                           List<Leader> leaders, List<Post> posts, FocalOfficer focal) implements DisclosureData {

    public Organisation {
        leaders = List.copyOf(leaders);
        posts = List.copyOf(posts);
    }

    /** A leader of the People's Committee and the fields in their charge. */
    public record Leader(String name, String title, String titleEnglish, String fields, String fieldsEnglish,
                         String phone, String email) {
    }

    /** A department or civil servant's post, and what it does. */
    public record Post(String name, String nameEnglish, String duties, String dutiesEnglish, String head,
                       String phone, String email) {
    }

    /** The person who answers for the portal's information (Decree 42/2022). */
    public record FocalOfficer(String name, String title, String titleEnglish, String phone, String email) {
    }

    /**
     * The fields whose English the commune has yet to write, as the file names them ({@code
     * lanh_dao[1].chuc_vu_tieng_anh}): free text the site cannot translate itself. Names and addresses are proper
     * nouns and need none.
     */
    public List<String> untranslated() {
        List<String> missing = new ArrayList<>();
        if (duties != null && dutiesEnglish == null) {
            missing.add("chuc_nang_tieng_anh");
        }
        if (hours != null && hoursEnglish == null) {
            missing.add("gio_lam_viec_tieng_anh");
        }
        for (int i = 0; i < leaders.size(); i++) {
            if (leaders.get(i).titleEnglish() == null) {
                missing.add("lanh_dao[" + i + "].chuc_vu_tieng_anh");
            }
            if (leaders.get(i).fieldsEnglish() == null) {
                missing.add("lanh_dao[" + i + "].linh_vuc_phu_trach_tieng_anh");
            }
        }
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i).nameEnglish() == null) {
                missing.add("bo_phan[" + i + "].ten_tieng_anh");
            }
            if (posts.get(i).dutiesEnglish() == null) {
                missing.add("bo_phan[" + i + "].nhiem_vu_tieng_anh");
            }
        }
        if (focal.titleEnglish() == null) {
            missing.add("dau_moi.chuc_vu_tieng_anh");
        }
        return missing;
    }
}
