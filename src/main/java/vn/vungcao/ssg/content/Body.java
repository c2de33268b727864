package vn.vungcao.ssg.content;

import vn.vungcao.ssg.diag.Position;

/** The Markdown text of a content file, and the file line it starts on. */
public record Body(String markdown, int firstLine) {

    public static final Body EMPTY = new Body("", 1);

    public boolean isBlank() {
        return markdown.isBlank();
    }

    /** The file position of a character of the body; a negative offset gives the body's first line. */
    public Position position(String file, int offset) {
        if (offset < 0) return new Position(file, firstLine, 1);
        String before = markdown.substring(0, offset);
        int line = firstLine + (int) before.chars().filter(c -> c == '\n').count();
        return new Position(file, line, offset - (before.lastIndexOf('\n') + 1) + 1);
    }

    /**
     * Where a link or image to {@code target} is written: the opening {@code [} or {@code ![} of a
     * Markdown link on the same line, else the first place {@code target} appears; -1 when absent.
     */
    public int findLink(String target) {
        int at = markdown.indexOf("](" + target);
        if (at < 0) return markdown.indexOf(target);
        int open = markdown.lastIndexOf('[', at);
        if (open < 0 || markdown.lastIndexOf('\n', at) >= open) return at;
        return open > 0 && markdown.charAt(open - 1) == '!' ? open - 1 : open;
    }
}
