package vn.vungcao.ssg.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Where a school site stands. */
public enum SchoolStatus {
    PLANNED("Dự kiến"), BUILDING("Đang xây"), COMPLETED("Đã hoàn thành");

    private final String label;

    SchoolStatus(String label) {
        this.label = label;
    }

    /** Vietnamese words for the status. */
    public String label() {
        return label;
    }

    /** The value as written in front matter. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(SchoolStatus::key).toList();
    }
}
