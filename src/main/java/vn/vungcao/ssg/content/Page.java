package vn.vungcao.ssg.content;

/**
 * A free page from {@code content/pages/<slug>.md}, published at {@code /<slug>/}.
 *
 * @param menu its place in the top menu (smaller first), or null when it is not in the menu
 */
public record Page(String slug, String title, String summary, Integer menu, Body body, Origin origin) {
}
