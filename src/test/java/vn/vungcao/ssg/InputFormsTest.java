package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** Files saved by other editors (BOM, Windows line ends, decomposed Vietnamese) are valid. */
class InputFormsTest {

    @TempDir
    Path dir;

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() {
        TestSite site = TestSite.of(dir, "");
        byte[] text = "---\r\ntitle: Giới thiệu\r\nmenu: 1\r\n---\r\nDòng một.\r\n\r\nDòng hai.\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        site.write("content/pages/gioi-thieu.md", withBom);
        site.write("site-config.yml", "\uFEFFtitle: Vùng cao\r\nbase_url: https://example.org/\r\n");
        site.buildOk();
        String page = site.file("gioi-thieu/index.html");
        assertTrue(page.contains("<h1>Giới thiệu</h1>"), page);
        assertTrue(page.contains("<p>Dòng một.</p>"), page);
        assertFalse(page.contains("\r"), "no carriage return reaches the output");
        assertFalse(page.contains("\uFEFF"));
    }

    @Test
    void decomposedVietnameseIsComposed() {
        String nfd = Normalizer.normalize("---\ntitle: Mường Lát\ntags: [Điểm trường]\ndate: 2021-10-01\n---\nThủy và Đình.\n",
                Normalizer.Form.NFD);
        TestSite site = TestSite.of(dir, "");
        site.write("content/news/2021-10-01-muong-lat.md", nfd);
        site.buildOk();
        String page = site.file("tin-tuc/muong-lat/index.html");
        assertTrue(page.contains("<h1>Mường Lát</h1>"), "the title is NFC");
        assertTrue(page.contains("Thủy và Đình."));
        assertTrue(site.exists("the/diem-truong/index.html"));
        String all = String.join("", site.pages().values());
        assertTrue(Normalizer.isNormalized(all, Normalizer.Form.NFC));
    }

    @Test
    void anEmptyFileAndAnEmptyFrontMatterAreReportedPlainly() {
        TestSite site = TestSite.of(dir, """
                -- content/pages/trong.md --
                -- content/pages/chi-co-dau.md --
                ---
                ---
                """);
        var d = TestSite.describe(site.build().diagnostics());
        assertTrue(d.contains("content/pages/trong.md:1:1 front-matter.missing"), d.toString());
        assertTrue(d.contains("content/pages/chi-co-dau.md:1:1 field.required"), d.toString());
    }
}
