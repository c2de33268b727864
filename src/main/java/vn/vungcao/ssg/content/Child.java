package vn.vungcao.ssg.content;

import java.time.LocalDate;
import vn.vungcao.ssg.model.ChildStatus;

/**
 * A sponsored or waiting child from {@code content/children/<CODE>.md}. Holds only fields the
 * site config allows; optional values are null when absent. Never publish a child from this
 * record directly: templates get an allow-listed view.
 *
 * @param status null when the file does not say, and then the child is treated as unlisted
 */
public record Child(String code, String name, Integer birthYear, String school, Integer grade,
                    ChildStatus status, LocalDate sponsoredSince, String photo, Body body, Origin origin) {

    /** Only waiting children appear in lists, search and the sitemap. */
    public boolean listed() {
        return status == ChildStatus.WAITING;
    }
}
