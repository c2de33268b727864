package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.vungcao.ssg.text.Fold;
import vn.vungcao.ssg.text.Slugs;
import vn.vungcao.ssg.text.VietnameseFormat;


class TextTest {

    @Test
    void slugsFoldVietnamese() {
        assertEquals("diem-truong-muong-lat", Slugs.slug("Điểm trường Mường Lát"));
        assertEquals("xay-truong", Slugs.slug("  xây   trường!! "));
        assertEquals("dinh-thuy", Slugs.slug("ĐÌNH  Thủy"));
        assertEquals("", Slugs.slug("..."));
        assertEquals(Slugs.slug("Mường Lát"), Slugs.slug(Normalizer.normalize("Mường Lát", Normalizer.Form.NFD)));
    }

    @Test
    void marksTellApartWordsThatFoldAlike() {
        assertEquals("1", Fold.marks("giá"));
        assertEquals("", Fold.marks("gia"));
        assertEquals("61", Fold.marks("gấp"));
        assertEquals("58", Fold.marks("gặp")); // canonical order: the dot below before the breve
        assertEquals("91", Fold.marks("Đúng"));
        assertEquals("2", Fold.marks("dùng"));
        assertEquals(Fold.marks("Mường Lát"), Fold.marks(Normalizer.normalize("Mường Lát", Normalizer.Form.NFD)));
        assertEquals("", Fold.marks(Fold.fold("Mường Lát")));
    }

    @Test
    void foldingIsIdempotentAndOnlyAscii() {
        assertEquals("muong lat", Fold.fold("Mường Lát"));
        assertEquals("dinh", Fold.fold("Đình"));
        Random random = new Random(42);
        String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐĂÂÊÔƠƯ ";
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) s.append(letters.charAt(random.nextInt(letters.length())));
            String folded = Fold.fold(s.toString());
            assertEquals(folded, Fold.fold(folded));
            assertEquals(folded, Fold.fold(Normalizer.normalize(s, Normalizer.Form.NFD)));
            assertTrue(folded.chars().allMatch(c -> c < 128), folded);
            String slug = Slugs.slug(s.toString());
            assertTrue(slug.matches("([a-z0-9]+(-[a-z0-9]+)*)?"), slug);
        }
    }

    @Test
    void datesAndMoneyReadAsInVietnamese() {
        assertEquals("15 tháng 7, 2021", VietnameseFormat.date(LocalDate.of(2021, 7, 15)));
        assertEquals("160.000\u00A0₫", VietnameseFormat.money(160_000));
        assertEquals("1.600.000", VietnameseFormat.number(1_600_000));
        assertEquals("999", VietnameseFormat.number(999));
        assertEquals("-12.000", VietnameseFormat.number(-12_000));
        assertEquals("0", VietnameseFormat.number(0));
    }
}
