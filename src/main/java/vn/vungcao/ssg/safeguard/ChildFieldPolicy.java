package vn.vungcao.ssg.safeguard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vungcao.ssg.model.ContentModel;
import vn.vungcao.ssg.text.Fold;

/**
 * Which fields a child file may carry. A static site has no login, so whatever a child file says
 * is public: only the fields the site config allows may be written, and fields that identify or
 * locate a child are refused with the reason. Immutable and thread-safe.
 */
public final class ChildFieldPolicy {

    /** Field names (folded, with {@code _}) that are refused, and why (the catalog's words: {@code term.refused.…}). */
    private static final Map<String, String> REFUSED = new LinkedHashMap<>();

    static {
        String place = "term.refused.place";
        String contact = "term.refused.contact";
        String family = "term.refused.family";
        String health = "term.refused.health";
        String id = "term.refused.id";
        String birth = "term.refused.birth";
        String location = "term.refused.location";
        for (String k : List.of("address", "dia_chi", "village", "ban", "thon", "xom", "home", "hometown", "que_quan",
                "commune", "xa", "district", "huyen", "residence", "noi_o")) REFUSED.put(k, place);
        for (String k : List.of("phone", "phone_number", "sdt", "so_dien_thoai", "dien_thoai", "mobile", "email",
                "zalo", "facebook", "contact")) REFUSED.put(k, contact);
        for (String k : List.of("parents", "parent", "father", "mother", "bo", "me", "cha", "guardian", "family",
                "family_name", "surname", "last_name", "ho", "full_name", "ho_ten", "ho_va_ten", "phu_huynh",
                "ten_bo", "ten_me", "siblings")) REFUSED.put(k, family);
        for (String k : List.of("health", "suc_khoe", "disability", "khuyet_tat", "illness", "benh", "medical",
                "diagnosis", "medication")) REFUSED.put(k, health);
        for (String k : List.of("id", "id_number", "cccd", "cmnd", "can_cuoc", "national_id", "passport",
                "birth_certificate", "giay_khai_sinh", "student_id", "ma_hoc_sinh", "ma_dinh_danh"))
            REFUSED.put(k, id);
        for (String k : List.of("birth_date", "birthday", "date_of_birth", "dob", "ngay_sinh")) REFUSED.put(k, birth);
        for (String k : List.of("gps", "location", "coordinates", "lat", "lng", "latitude", "longitude", "toa_do"))
            REFUSED.put(k, location);
    }

    /** The keys a child file may carry at all. */
    private static final Set<String> CHILD_KEYS = Set.copyOf(ContentModel.CHILDREN.keys());

    private final List<String> allowed;
    private final Set<String> allowedSet;

    /** @param allowed the allowed child fields from the site config */
    public ChildFieldPolicy(List<String> allowed) {
        this.allowed = List.copyOf(allowed);
        this.allowedSet = Set.copyOf(allowed);
    }

    /** The verdict on one field name of a child file. */
    public sealed interface Verdict permits Allowed, NotAllowed, Refused, Unknown {
    }

    /** The field may be written and published. */
    public record Allowed() implements Verdict {
    }

    /** A child field the site config does not allow on this site. */
    public record NotAllowed() implements Verdict {
    }

    /** A field that must never be published about a child, and why (a key of the catalog's words). */
    public record Refused(String reason) implements Verdict {
    }

    /** Not a child field at all (a typo, most likely). */
    public record Unknown() implements Verdict {
    }

    public List<String> allowed() {
        return allowed;
    }

    public Verdict judge(String key) {
        if (allowedSet.contains(key)) return new Allowed();
        if (CHILD_KEYS.contains(key)) return new NotAllowed();
        return refusal(key).<Verdict>map(Refused::new).orElse(new Unknown());
    }

    private static Optional<String> refusal(String key) {
        String folded = Fold.fold(key).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return Optional.ofNullable(REFUSED.get(folded));
    }
}
