package vn.vungcao.ssg.content;

/** The Markdown text of a content file, and the file line it starts on. */
public record Body(String markdown, int firstLine) {

    public static final Body EMPTY = new Body("", 1);

    public boolean isBlank() {
        return markdown.isBlank();
    }
}
