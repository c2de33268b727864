package vn.vungcao.ssg.review;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.diag.DiagnosticPrinter;

/**
 * The problems of a check as one Markdown table, in Vietnamese for the editors, for the
 * pull request's job summary: file and line (a link to that line of the pull request's file when
 * a source URL is given), how bad, the code, and the message with its hint. Pure and thread-safe.
 */
public final class ProblemTable {

    private ProblemTable() {
    }

    /** GitHub refuses a step's summary over 1 MiB; the table stops short of it. */
    static final int BUDGET_BYTES = 900_000;

    /** Of a warning code given on many files outside the pull request's, how many rows are listed. */
    static final int WARNINGS_PER_CODE = DiagnosticPrinter.WARNINGS_PER_CODE;

    /**
     * The summary of {@code diagnostics}: every error, every problem on the pull request's own
     * files (first), and of the other warnings the first few of each code, the rest counted; all
     * within GitHub's size limit for a summary.
     *
     * @param pathPrefix  what makes a diagnostic's file (relative to the site) relative to the repository, or ""
     * @param sourceUrl   the address the repository's files are read at for this pull request
     *                    ({@code https://github.com/org/repo/blob/<sha>/}), or null for no links
     * @param isFile      whether a diagnostic's file is a file of the site (not an option such as {@code --base-url}), to link it
     * @param firstFiles  the repository paths the pull request changes, whose problems come first and are all listed
     */
    public static String markdown(List<Diagnostic> diagnostics, String pathPrefix, String sourceUrl, Predicate<String> isFile,
            Set<String> firstFiles) {
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
        Map<String, Integer> listed = new HashMap<>();
        Map<String, Integer> unlisted = new TreeMap<>();
        int bytes = 0;
        int overBudget = 0;
        for (Diagnostic d : DiagnosticPrinter.filesFirst(diagnostics, pathPrefix, firstFiles)) {
            String file = pathPrefix + d.position().file();
            boolean own = firstFiles.contains(file);
            if (!d.isError() && !own && listed.merge(d.code(), 1, Integer::sum) > WARNINGS_PER_CODE) {
                unlisted.merge(d.code(), 1, Integer::sum);
                continue;
            }
            String row = row(d, file, sourceUrl, isFile);
            int size = row.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > BUDGET_BYTES) {
                overBudget++;
                continue;
            }
            bytes += size;
            out.append(row);
        }
        out.append('\n');
        unlisted.forEach((code, n) -> out.append("- ").append(MarkdownText.code(code)).append(": còn ").append(n)
                .append(" cảnh báo cùng loại ở các tệp khác, không liệt kê ở đây (xem nhật ký của bước kiểm tra, hoặc chạy ")
                .append("`bin/vungcao check --all-warnings`).\n"));
        if (overBudget > 0) {
            out.append("- Còn ").append(overBudget)
                    .append(" vấn đề không vừa phần tóm tắt (GitHub giới hạn 1 MB); xem nhật ký của bước kiểm tra.\n");
        }
        if (!unlisted.isEmpty() || overBudget > 0) out.append('\n');
        return out.toString();
    }

    private static String row(Diagnostic d, String file, String sourceUrl, Predicate<String> isFile) {
        String place = d.position().line() > 0 ? file + ":" + d.position().line() : file;
        String where = sourceUrl != null && isFile.test(d.position().file())
                ? MarkdownText.link(place, sourceUrl + file + (d.position().line() > 0 ? "#L" + d.position().line() : ""))
                : MarkdownText.plain(place);
        String problem = MarkdownText.plain(d.message()) + (d.hint().isEmpty() ? "" : " " + MarkdownText.plain(d.hint()));
        return "| " + where + " | " + (d.isError() ? "Lỗi" : "Cảnh báo") + " | " + MarkdownText.code(d.code()) + " | " + problem
                + " |\n";
    }
}
