package vn.vungcao.ssg.content;

import java.util.regex.Pattern;

/**
 * A free page from {@code content/pages/<slug>.md}, published at {@code /<slug>/}; its English
 * version {@code <slug>.en.md} is published at {@code /en/<slug>/}.
 *
 * @param menu        its place in the top menu (smaller first), or null when it is not in the menu
 * @param translation the language of a translated version ("en"), or null for the page in the
 *                    site's own language
 */
public record Page(String slug, String title, String summary, Integer menu, String translation, Body body, Origin origin) {

    /** The file name's ending that marks a translation: {@code gioi-thieu.en.md}. */
    public static final Pattern TRANSLATION = Pattern.compile("(.+)\\.(en)$");

    /** The page's slug and language, the pair that must be unique. */
    public String key() {
        return translation == null ? slug : slug + "." + translation;
    }
}
