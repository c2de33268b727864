package vn.vungcao.ssg.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Whether a child waits for a sponsor. Only waiting children are listed anywhere. */
public enum ChildStatus {
    WAITING("Đang chờ người nuôi"), SPONSORED("Đã có người nuôi"), GRADUATED("Đã ra trường");

    private final String label;

    ChildStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ChildStatus::key).toList();
    }
}
