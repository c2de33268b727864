package vn.vungcao.ssg.content;

import java.util.List;

/**
 * A question and its answer from {@code content/faq/<slug>.md}: what the site's assistant answers
 * visitors from, and what {@code /hoi-dap/} lists.
 *
 * @param also other ways people ask the same question
 */
public record Faq(String slug, String question, List<String> also, List<String> tags, Body body, Origin origin) {
    public Faq {
        also = List.copyOf(also);
        tags = List.copyOf(tags);
    }
}
