package vn.vungcao.ssg.safeguard;

import java.util.regex.Pattern;

/** A child's display name should be the preferred given name, not a full name. */
public final class NameCheck {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameCheck() {
    }

    /** True when {@code name} has three or more words: most likely a full name with the family name. */
    public static boolean looksLikeFullName(String name) {
        return SPACES.split(name.strip()).length >= 3;
    }
}
