package vn.vungcao.ssg.review;

import java.util.ArrayList;
import java.util.List;

/**
 * What a pull request changes on the site ({@link SiteChanges}) as Markdown, in Vietnamese for
 * the editors, for the pull request's job summary: one table of the pages added, changed and
 * removed (each with its address, linked to the page as published now, and its file in the
 * preview), the pages of which only the shared parts changed, and the other files. A child the
 * site does not list appears only as such, never by name, code or address. Long lists are cut,
 * saying how many were left out. Pure and thread-safe.
 */
public final class ChangesTable {

    /** Rows of one table at most: a summary that lists ten thousand pages helps no one (and GitHub keeps 1 MB). */
    static final int MAX_ROWS = 200;

    private ChangesTable() {
    }

    /**
     * @param base       the base branch's name ({@code main}), or null
     * @param previewUrl where the preview can be downloaded (the artifact's address), or null
     */
    public static String markdown(SiteChanges changes, String base, String previewUrl) {
        StringBuilder out = new StringBuilder("## Thay đổi trên trang web\n\n");
        String against = base == null || base.isBlank() ? "So với nhánh chính" : "So với nhánh " + MarkdownText.plain(base);
        if (changes.isEmpty()) {
            out.append(against).append(", pull request này không làm thay đổi trang nào.\n\n");
            return out.toString();
        }
        out.append(against).append(": ").append(changes.added().size()).append(" trang mới, ")
                .append(changes.changed().size()).append(" trang đã sửa, ")
                .append(changes.removed().size()).append(" trang đã xóa.\n\n");
        if (previewUrl != null && !previewUrl.isBlank()) {
            out.append(MarkdownText.link("Tải bản xem trước", previewUrl))
                    .append(": giải nén, rồi mở tệp index.html, hoặc tệp ghi ở cột “Trong bản xem trước”, bằng trình duyệt.\n\n");
        }
        List<String[]> rows = new ArrayList<>();
        changes.added().forEach(p -> rows.add(row("Trang mới", p, true)));
        changes.changed().forEach(p -> rows.add(row("Trang đã sửa", p, true)));
        changes.removed().forEach(p -> rows.add(row("Trang đã xóa", p, false)));
        if (!rows.isEmpty()) {
            out.append("| Thay đổi | Trang | Địa chỉ | Trong bản xem trước |\n|---|---|---|---|\n");
            for (int i = 0; i < rows.size() && i < MAX_ROWS; i++) {
                out.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
            }
            if (rows.size() > MAX_ROWS) out.append("\n… và ").append(rows.size() - MAX_ROWS).append(" trang khác.\n");
            out.append('\n');
        }
        if (!changes.sharedOnly().isEmpty()) {
            out.append("<details><summary>").append(changes.sharedOnly().size())
                    .append(" trang chỉ thay đổi phần chung của mọi trang (đầu trang, menu, chân trang)</summary>\n\n");
            List<String> shown = new ArrayList<>();
            long hidden = 0;
            for (SiteChanges.Page p : changes.sharedOnly()) {
                if (p.hidden()) hidden++;
                else if (shown.size() < MAX_ROWS) shown.add(MarkdownText.code(p.address()));
            }
            out.append(String.join(", ", shown));
            int left = changes.sharedOnly().size() - shown.size() - (int) hidden;
            if (left > 0) out.append(", … và ").append(left).append(" trang khác");
            if (hidden > 0) out.append(shown.isEmpty() ? "" : "; ").append(hidden).append(" trang của các em không có trong danh sách công khai");
            out.append("\n\n</details>\n\n");
        }
        List<String[]> files = new ArrayList<>();
        changes.filesAdded().forEach(f -> files.add(new String[] {"Tệp mới", MarkdownText.code(f)}));
        changes.filesChanged().forEach(f -> files.add(new String[] {"Tệp đã sửa", MarkdownText.code(f)}));
        changes.filesRemoved().forEach(f -> files.add(new String[] {"Tệp đã xóa", MarkdownText.code(f)}));
        if (!files.isEmpty()) {
            out.append("Ảnh, tài liệu và các tệp khác:\n\n| Thay đổi | Tệp |\n|---|---|\n");
            for (int i = 0; i < files.size() && i < MAX_ROWS; i++) {
                out.append("| ").append(String.join(" | ", files.get(i))).append(" |\n");
            }
            if (files.size() > MAX_ROWS) out.append("\n… và ").append(files.size() - MAX_ROWS).append(" tệp khác.\n");
            out.append('\n');
        }
        return out.toString();
    }

    private static String[] row(String kind, SiteChanges.Page page, boolean inPreview) {
        if (page.hidden()) {
            return new String[] {kind, "Trang của một em không có trong danh sách công khai (mã số được ẩn)", "—", "—"};
        }
        String title = page.title().isBlank() ? "(không có tiêu đề)" : MarkdownText.plain(page.title());
        String address = page.liveUrl() != null ? MarkdownText.link(page.address(), page.liveUrl()) : MarkdownText.code(page.address());
        return new String[] {kind, title, address, inPreview ? MarkdownText.code(page.file()) : "—"};
    }
}
