package vn.vungcao.ssg.preview;

import java.util.function.UnaryOperator;

/**
 * A {@code srcset} attribute (image candidates: a URL, then descriptors such as {@code 480w},
 * separated by commas), with each candidate's URL passed through a rewrite and everything else
 * kept. Read as the HTML standard reads it: a URL is a run of characters other than spaces, and
 * commas at its end separate it from the next candidate. Pure and thread-safe.
 */
final class Srcset {

    private Srcset() {
    }

    /** {@code srcset} with the URLs {@code local} gives a new form for replaced ({@code local} returns null to keep one). */
    static String rewrite(String srcset, UnaryOperator<String> local) {
        StringBuilder out = new StringBuilder(srcset.length() + 32);
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            // spaces and commas before a candidate
            int start = i;
            while (i < n && (isSpace(srcset.charAt(i)) || srcset.charAt(i) == ',')) i++;
            out.append(srcset, start, i);
            if (i >= n) break;
            int urlStart = i;
            while (i < n && !isSpace(srcset.charAt(i))) i++;
            int urlEnd = i;
            // commas at the end of the URL end the candidate (a URL with no descriptors)
            while (urlEnd > urlStart && srcset.charAt(urlEnd - 1) == ',') urlEnd--;
            String url = srcset.substring(urlStart, urlEnd);
            String local1 = local.apply(url);
            out.append(local1 == null ? url : local1);
            out.append(srcset, urlEnd, i);
            if (urlEnd < i) continue; // the candidate ended with its URL
            // descriptors, up to the comma that ends the candidate (not inside parentheses)
            int descStart = i;
            int depth = 0;
            while (i < n) {
                char c = srcset.charAt(i);
                if (c == '(') depth++;
                else if (c == ')' && depth > 0) depth--;
                else if (c == ',' && depth == 0) break;
                i++;
            }
            out.append(srcset, descStart, i);
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
