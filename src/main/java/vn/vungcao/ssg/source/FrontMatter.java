package vn.vungcao.ssg.source;

import java.util.Optional;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;

/**
 * Splits a Markdown file into front matter and body. The front matter is YAML between a first
 * line {@code ---} and the next line that is {@code ---} (or {@code ...}). Never throws.
 */
public final class FrontMatter {

    private FrontMatter() {
    }

    /** Splits {@code file}; a missing or unclosed front matter is reported and gives empty. */
    public static Optional<Document> split(SourceFile file, Diagnostics diagnostics) {
        String text = file.text();
        int firstEnd = text.indexOf('\n');
        String firstLine = firstEnd < 0 ? text : text.substring(0, firstEnd);
        if (!firstLine.strip().equals("---")) {
            diagnostics.error("front-matter.missing", new Position(file.path(), 1, 1));
            return Optional.empty();
        }
        if (firstEnd < 0) {
            return unclosed(file, diagnostics);
        }
        int lineNo = 2;
        int start = firstEnd + 1;
        int pos = start;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            String trimmed = line.stripTrailing();
            if (trimmed.equals("---") || trimmed.equals("...")) {
                String yaml = text.substring(start, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new Document(file, yaml, 2, body, lineNo + 1));
            }
            if (end < 0) break;
            pos = end + 1;
            lineNo++;
        }
        return unclosed(file, diagnostics);
    }

    /** A YAML-only file: the whole text is the front matter and the body is empty. */
    public static Document whole(SourceFile file) {
        return new Document(file, file.text(), 1, "", 1);
    }

    private static Optional<Document> unclosed(SourceFile file, Diagnostics diagnostics) {
        diagnostics.error("front-matter.unclosed", new Position(file.path(), 1, 1));
        return Optional.empty();
    }
}
