package vn.vungcao.ssg.text;

/**
 * URL slugs from Vietnamese text: {@code Điểm trường Mường Lát} becomes
 * {@code diem-truong-muong-lat}. A slug holds only {@code a-z}, {@code 0-9} and single inner
 * hyphens, so it can never name a path outside the output folder.
 */
public final class Slugs {

    private Slugs() {
    }

    /** The slug of {@code text}; empty when the text has no letter or digit. */
    public static String slug(String text) {
        String folded = Fold.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) out.append('-');
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    /** True when {@code s} is already a slug (what {@link #slug} returns for it). */
    public static boolean isSlug(String s) {
        return !s.isEmpty() && slug(s).equals(s);
    }
}
