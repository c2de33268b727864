package vn.vungcao.ssg.review;

import java.util.List;
import java.util.function.Predicate;
import vn.vungcao.ssg.diag.Diagnostic;

/**
 * Every problem of a check as one Markdown table, in Vietnamese for the editors, for the
 * pull request's job summary: file and line (a link to that line of the pull request's file when
 * a source URL is given), how bad, the code, and the message with its hint. Pure and thread-safe.
 */
public final class ProblemTable {

    private ProblemTable() {
    }

    /**
     * The summary of {@code diagnostics}.
     *
     * @param pathPrefix  what makes a diagnostic's file (relative to the site) relative to the repository, or ""
     * @param sourceUrl   the address the repository's files are read at for this pull request
     *                    ({@code https://github.com/org/repo/blob/<sha>/}), or null for no links
     * @param isFile      whether a diagnostic's file is a file of the site (not an option such as {@code --base-url}), to link it
     */
    public static String markdown(List<Diagnostic> diagnostics, String pathPrefix, String sourceUrl, Predicate<String> isFile) {
        StringBuilder out = new StringBuilder("## Kiểm tra nội dung\n\n");
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        if (diagnostics.isEmpty()) {
            return out.append("Không có lỗi nào.\n\n").toString();
        }
        out.append(errors == 0 ? "Không có lỗi nào" : errors + " lỗi")
                .append(warnings == 0 ? "" : (errors == 0 ? "; " : ", ") + warnings + " cảnh báo")
                .append(errors > 0 ? ". Sửa các lỗi dưới đây thì trang web mới được đăng." : ".")
                .append("\n\n");
        out.append("| Tệp : dòng | Mức độ | Mã | Vấn đề |\n|---|---|---|---|\n");
        for (Diagnostic d : diagnostics) {
            String file = pathPrefix + d.position().file();
            String place = d.position().line() > 0 ? file + ":" + d.position().line() : file;
            String where = sourceUrl != null && isFile.test(d.position().file())
                    ? MarkdownText.link(place, sourceUrl + file + (d.position().line() > 0 ? "#L" + d.position().line() : ""))
                    : MarkdownText.plain(place);
            String problem = MarkdownText.plain(d.message()) + (d.hint().isEmpty() ? "" : " " + MarkdownText.plain(d.hint()));
            out.append("| ").append(where)
                    .append(" | ").append(d.isError() ? "Lỗi" : "Cảnh báo")
                    .append(" | ").append(MarkdownText.code(d.code()))
                    .append(" | ").append(problem)
                    .append(" |\n");
        }
        return out.append('\n').toString();
    }
}
