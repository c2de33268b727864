package vn.vungcao.ssg.source;

/**
 * A source file split into its YAML front matter and its Markdown body.
 *
 * @param file          the file
 * @param yaml          the front matter's text (without the {@code ---} lines), possibly empty
 * @param yamlFirstLine the file line of the front matter's first line (1-based)
 * @param body          the Markdown after the closing {@code ---}, possibly empty
 * @param bodyFirstLine the file line where the body starts (1-based)
 */
public record Document(SourceFile file, String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
}
