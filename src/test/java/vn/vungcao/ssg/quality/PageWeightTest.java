package vn.vungcao.ssg.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


/**
 * What a visitor on slow mobile data downloads before the images: the page's HTML and every
 * stylesheet and script it references, each gzipped as GitHub Pages sends them. Each kind of
 * page has a budget; the is 30 KB for a news page. Scripts that load only on demand
 * (Lunr and the search data, when someone first searches or opens the assistant) are not counted.
 */
class PageWeightTest {

    /** Budgets in bytes by the first part of the page's path ("" is the home page). */
    static final Map<String, Integer> BUDGETS = new LinkedHashMap<>();

    static {
        BUDGETS.put("", 30 * 1024);
        BUDGETS.put("tin-tuc", 30 * 1024);
        BUDGETS.put("tre-em", 30 * 1024);
        BUDGETS.put("tra-cuu", 30 * 1024);
        BUDGETS.put("truong", 30 * 1024);
        BUDGETS.put("chien-dich", 30 * 1024);
        BUDGETS.put("hoi-dap", 30 * 1024);
        BUDGETS.put("sao-ke", 40 * 1024);
        BUDGETS.put("bao-cao", 40 * 1024);
    }

    static final int OTHER_PAGES = 30 * 1024;

    static Map<String, byte[]> site;

    @BeforeAll
    static void build() throws Exception {
        site = ExampleOutput.site();
    }

    static int gzipped(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out) {
                {
                    def.setLevel(Deflater.DEFAULT_COMPRESSION);
                }
            }) {
                gz.write(bytes);
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gzipped bytes of the page and of the CSS and JS it references. */
    static int weight(String page) {
        byte[] html = site.get(page);
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8), "https://vungcao.example.org/" + page);
        int total = gzipped(html);
        List<String> refs = new ArrayList<>();
        for (Element link : doc.select("link[rel=stylesheet][href], script[src]")) {
            refs.add(link.hasAttr("src") ? link.absUrl("src") : link.absUrl("href"));
        }
        for (String ref : refs) {
            String path = URI.create(ref).getPath().substring(1);
            byte[] file = site.get(path);
            assertTrue(file != null, page + " references " + ref + ", which is not in the output");
            total += gzipped(file);
        }
        return total;
    }

    @Test
    void everyPageIsWithinTheBudgetOfItsKind() {
        Map<String, String> heaviest = new TreeMap<>();
        List<String> over = new ArrayList<>();
        for (String page : site.keySet()) {
            if (!page.endsWith(".html")) continue;
            // the form editor (/admin/) is an application for editors, not a page of the site: AdminTest and AdminBrowserTest check it
            if (page.startsWith("admin/")) continue;
            String kind = page.contains("/") ? page.substring(0, page.indexOf('/')) : "";
            int budget = BUDGETS.getOrDefault(kind, OTHER_PAGES);
            int weight = weight(page);
            heaviest.merge(kind.isEmpty() ? "(home)" : kind, weight + " B " + page,
                    (a, b) -> Integer.parseInt(a.split(" ")[0]) >= Integer.parseInt(b.split(" ")[0]) ? a : b);
            if (weight > budget) over.add(page + ": " + weight + " B gzipped, budget " + budget + " B");
        }
        heaviest.forEach((kind, w) -> System.out.println("heaviest " + kind + ": " + w));
        assertEquals(List.of(), over);
    }

    @Test
    void aNewsPageStaysUnder30KilobytesWithItsCssAndJs() {
        String news = "tin-tuc/khanh-thanh-diem-truong-ban-on/index.html";
        int weight = weight(news);
        assertTrue(weight > 5_000, "the count includes the CSS and JS: " + weight);
        assertTrue(weight <= 30 * 1024, news + " weighs " + weight + " B gzipped");
    }
}
