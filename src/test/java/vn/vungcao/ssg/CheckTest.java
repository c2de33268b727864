package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;


/** {@code check}: the rendered pages' links, anchors, images and children, pointed at their source line. */
class CheckTest {

    @TempDir
    Path dir;

    private static List<String> check(TestSite site) {
        BuildResult result = site.build(site.options().withCheck(true));
        assertFalse(result.published(), "check never publishes");
        return TestSite.describe(result.diagnostics());
    }

    @Test
    void aCleanSiteHasNoProblemsAndWritesNothing() {
        TestSite site = TestSite.of(dir, "");
        assertEquals(List.of(), check(site));
        assertFalse(Files.exists(site.out()), "no output folder");
    }

    @Test
    void brokenLinksAnchorsAndImagesInMarkdownAreReportedAtTheirLine() {
        TestSite site = TestSite.of(dir, """
                -- content/pages/gioi-thieu.md --
                ---
                title: Giới thiệu
                ---
                ## Lịch sử

                Xem [tin khánh thành](/tin-tuc/khanh-thanh/) và [tin không có](/tin-tuc/khong-co/).
                Đọc [phần lịch sử](#lich-su) và [phần không có](#khong-co).
                Xem [trường](/truong/ban-on/#muc-khong-co).
                ![Ảnh không có](/images/khong-co.jpg)
                Trang [ngoài](https://www.facebook.com/) không được kiểm tra.
                """);
        List<String> d = check(site);
        assertEquals(List.of(
                "content/pages/gioi-thieu.md:6:49 check.broken-link",
                "content/pages/gioi-thieu.md:7:33 check.broken-anchor",
                "content/pages/gioi-thieu.md:8:5 check.broken-anchor",
                "content/pages/gioi-thieu.md:9:1 check.missing-image"), d);
    }

    @Test
    void theSameProblemsAreFoundUnderASubPath() {
        TestSite site = TestSite.of(dir, """
                -- content/pages/gioi-thieu.md --
                ---
                title: Giới thiệu
                ---
                Xem [tin khánh thành](/tin-tuc/khanh-thanh/) và [tin không có](/tin-tuc/khong-co/).
                """);
        BuildResult result = site.build(site.options().withCheck(true).withBaseUrl("https://club.github.io/vungcao/"));
        assertEquals(List.of("content/pages/gioi-thieu.md:4:49 check.broken-link"), TestSite.describe(result.diagnostics()));
    }

    @Test
    void aLinkToASponsoredChildIsAnError() {
        TestSite site = TestSite.of(dir, """
                -- content/news/2021-09-01-tin-ba.md --
                ---
                title: Tin thứ ba
                date: 2021-09-01
                ---
                Cảm ơn anh chị đã nuôi [em Thủy](/tre-em/ml-0002/) và em Mai (mã ML-0001).
                """);
        List<String> d = check(site);
        assertEquals(List.of("content/news/2021-09-01-tin-ba.md:5:24 check.unlisted-child-link"), d);
    }

    @Test
    void theCodeOfASponsoredChildShownOnAPageIsAnErrorInAnySpelling() {
        TestSite site = TestSite.of(dir, """
                -- content/pages/gioi-thieu.md --
                ---
                title: Giới thiệu
                ---
                Ví dụ, chuyển khoản với nội dung NUOI EM ML0002.
                """);
        assertEquals(List.of("content/pages/gioi-thieu.md:4:42 check.unlisted-child-shown"), check(site));
    }

    @Test
    void theExampleSitePassesTheCheck() {
        BuildResult result = buildExample();
        assertEquals(List.of(), TestSite.describe(result.diagnostics()));
        assertTrue(result.pages() > 70);
    }

    private BuildResult buildExample() {
        try {
            return SiteBuilder.build(new BuildOptions(
                    ExampleSite.ROOT, dir.resolve("public"), null, false, false, TestSite.NOW, 2, true));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
