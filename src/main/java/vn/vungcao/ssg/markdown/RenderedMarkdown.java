package vn.vungcao.ssg.markdown;

import java.util.List;

/**
 * Markdown turned into safe HTML.
 *
 * @param html     sanitised HTML with site links carrying the base path
 * @param headings the headings with their anchor ids, in order
 * @param text     the plain text, for summaries and search
 */
public record RenderedMarkdown(String html, List<Heading> headings, String text) {

    public static final RenderedMarkdown EMPTY = new RenderedMarkdown("", List.of(), "");

    public RenderedMarkdown {
        headings = List.copyOf(headings);
    }

    /** A heading of the body and its anchor. */
    public record Heading(int level, String id, String text) {
    }

    /** The first {@code max} characters of the text, cut at a word, with "…" when cut. */
    public String excerpt(int max) {
        String t = text.strip();
        if (t.length() <= max) return t;
        int cut = t.lastIndexOf(' ', max);
        return t.substring(0, cut > max / 2 ? cut : max).stripTrailing() + "…";
    }
}
