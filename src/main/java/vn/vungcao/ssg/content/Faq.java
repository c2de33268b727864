package vn.vungcao.ssg.content;

import java.util.List;

/**
 * A question and its answer from {@code content/faq/<slug>.md}: what the site's assistant answers
 * visitors from, and what {@code /hoi-dap/} lists.
 *
 * @param also  other ways people ask the same question, pooled into the answer's words
 * @param asked questions visitors typed that this answers, as they typed them: kept apart from the
 *              answer's words, the assistant compares a question it would hand over with them
 */
public record Faq(String slug, String question, List<String> also, List<String> tags, List<String> asked, Body body,
                  Origin origin) {
    public Faq {
        also = List.copyOf(also);
        tags = List.copyOf(tags);
        asked = List.copyOf(asked);
    }
}
