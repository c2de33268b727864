package vn.vungcao.ssg.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text without tone marks or accents, as people type it on a phone: {@code Mường Lát}
 * folds to {@code muong lat}, {@code Đình} to {@code dinh}. Pure and thread-safe; folding a folded
 * text changes nothing.
 */
public final class Fold {

    private Fold() {
    }

    /** Lower-case, accents and tone marks removed, đ mapped to d. */
    public static String fold(String text) {
        if (ascii(text)) return text.toLowerCase(Locale.ROOT); // nothing to decompose (most codes and paths)
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= '\u0300' && c <= '\u036F') continue;
            if (c == 'đ' || c == 'Đ') c = 'd';
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
