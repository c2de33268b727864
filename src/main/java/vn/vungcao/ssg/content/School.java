package vn.vungcao.ssg.content;

import java.time.LocalDate;
import java.util.List;
import vn.vungcao.ssg.model.SchoolStatus;

/** A school site from {@code content/schools/<slug>.md}. Optional values are null when absent. */
public record School(String slug, String name, String district, String commune, String village,
                     SchoolStatus status, Integer classrooms, Long budgetVnd, LocalDate started,
                     LocalDate completed, String cover, List<String> gallery, Body body, Origin origin) {
    public School {
        gallery = List.copyOf(gallery);
    }

    /** "bản Ón, xã Tam Chung, Mường Lát": the parts that are known, from the smallest. */
    public String place() {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {village, commune, district}) {
            if (part == null || part.isBlank()) continue;
            if (out.length() > 0) out.append(", ");
            out.append(part);
        }
        return out.toString();
    }
}
