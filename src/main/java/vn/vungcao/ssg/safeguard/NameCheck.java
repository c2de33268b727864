package vn.vungcao.ssg.safeguard;

/** A child's display name should be the preferred given name, not a full name. */
public final class NameCheck {

    private NameCheck() {
    }

    /** True when {@code name} has three or more words: most likely a full name with the family name. */
    public static boolean looksLikeFullName(String name) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < name.length(); i++) {
            boolean space = Character.isWhitespace(name.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words >= 3;
    }
}
