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

    /**
     * The accents and tone marks of a text, as digits in the order they appear after canonical
     * decomposition: sắc 1, huyền 2, hỏi 3, ngã 4, nặng 5, the circumflex of â ê ô 6, the horn of
     * ơ ư 7, the breve of ă 8, đ 9; empty for a text without any. {@code fold(t) + marks(t)} tells
     * "giá" ({@code gia1}) from "gia" in "tham gia" ({@code gia}), which folding alone cannot.
     */
    public static String marks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            int mark = MARKS.indexOf(decomposed.charAt(i));
            if (mark >= 0) out.append((char) ('1' + Math.min(mark, 8))); // đ and Đ are both 9
        }
        return out.toString();
    }

    private static final String MARKS = "\u0301\u0300\u0309\u0303\u0323\u0302\u031B\u0306\u0111\u0110";

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
