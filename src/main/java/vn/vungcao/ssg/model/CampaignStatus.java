package vn.vungcao.ssg.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Where a campaign stands. */
public enum CampaignStatus {
    PLANNED("Sắp bắt đầu"), ACTIVE("Đang kêu gọi"), COMPLETED("Đã kết thúc");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(CampaignStatus::key).toList();
    }
}
