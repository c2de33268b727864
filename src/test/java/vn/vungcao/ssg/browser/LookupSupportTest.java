package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.TestSite;

/**
 * The sponsor's look-up card shows the months of support the statements record for the child's
 * code, without amounts, online and with no network after one visit (the months travel in the
 * sealed card of the code map, which the service worker precaches).
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LookupSupportTest {

    /** Support for the sponsored ML-0002 in January, February and April 2025: two runs, three months. */
    static final String STATEMENTS = """
            -- content/ledger/2025-01.csv --
            Tên tài khoản,CLB VI TRE EM VUNG CAO
            Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết
            05/01/2025,,"160,000","10,160,000",TRAN THI BINH NUOI EM ML0002
            20/01/2025,"2,000,000",,"8,160,000",CHI TIEN AN BAN TRU THANG 1
            -- content/ledger/2025-02.csv --
            Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết
            03/02/2025,,"160,000","8,320,000",nuoi em ml-2
            -- content/ledger/2025-04.csv --
            Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết
            04/04/2025,,"320,000","8,640,000",NUOI EM ML 0002 THANG 4 VA 5
            """;

    static final String MONTHS = "01/2025 – 02/2025, 04/2025 (3 tháng)";

    private Chromium chromium;

    @BeforeAll
    void start() {
        chromium = new Chromium();
    }

    @AfterAll
    void stop() {
        chromium.close();
    }

    private static String card(Page page) {
        return page.textContent("#the-em");
    }

    @Test
    void theCardShowsTheMonthsOfSupportOnlineAndOffline(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, STATEMENTS);
        site.buildOk();
        BrowserContext context = chromium.browser().newContext();
        try (SiteServer server = new SiteServer(site.out(), "/")) {
            Page page = context.newPage();
            assertTrue(LookupTest.lookUp(page, server.url(), "ml 2").contains("ML-0002"));
            String online = card(page);
            assertTrue(online.contains("Đã nhận hỗ trợ") && online.contains(MONTHS), online);
            assertFalse(online.contains("160.000") || online.contains("320.000"), "no amounts on the card: " + online);

            String waiting = LookupTest.lookUp(page, server.url(), "ML-0001");
            assertTrue(waiting.contains("ML-0001"), waiting);
            assertFalse(card(page).contains("Đã nhận hỗ trợ"), "no months where the statements record none: " + card(page));

            OfflineTest.waitForServiceWorker(page);
            server.close();
            assertTrue(LookupTest.lookUp(page, server.url(), "ML-0002").contains("ML-0002"), "the code, offline");
            String offline = card(page);
            assertTrue(offline.contains("Đã nhận hỗ trợ") && offline.contains(MONTHS), "offline: " + offline);
        } finally {
            context.close();
        }
    }
}
