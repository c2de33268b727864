package vn.vungcao.ssg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic synthetic site of the example's shape: schools, children (a third of them
 * waiting), campaigns, news with tags and Markdown bodies, and the free pages. The same arguments
 * always give the same files.
 */
public final class SyntheticSite {

    private static final List<String> DISTRICTS = List.of("Mường Lát", "Quan Sơn", "Quan Hóa", "Bá Thước", "Lang Chánh");
    private static final List<String> NAMES = List.of("Mai", "Thủy", "Đào", "Páo", "Hoa", "Lan", "Dế", "Sính", "Chá",
            "Tú", "Ngọc", "Đức", "Điệp", "Xuân", "Vi", "Thắm", "Nhung", "Dua", "Sùng", "Lâu");
    private static final List<String> PREFIXES = List.of("ML", "QS", "QH", "BT", "LC");
    private static final List<String> TAGS = List.of("xây trường", "nuôi em", "Mường Lát", "Quan Sơn", "tình nguyện",
            "áo ấm", "sách vở", "cảm ơn");
    private static final String PARAGRAPH = "Chuyến đi lên điểm trường ở vùng cao Thanh Hóa kéo dài hai ngày, qua "
            + "những con dốc đất đỏ. Các thầy cô và học sinh đón đoàn bằng những nụ cười; bữa trưa bán trú có thêm "
            + "thịt và rau xanh nhờ sự đóng góp của các anh chị nuôi.";

    private SyntheticSite() {
    }

    /** Writes a site with {@code children} children and {@code news} news posts into {@code dir}. */
    public static void write(Path dir, int children, int news) throws IOException {
        Random random = new Random(20160801L);
        int schools = Math.max(3, children / 100);
        write(dir.resolve("site-config.yml"), """
                title: Vì trẻ em vùng cao Thanh Hóa
                description: Một trang thử nghiệm tổng hợp để đo tốc độ.
                base_url: https://vungcao.example.org/
                news_per_page: 10
                """);
        for (int s = 1; s <= schools; s++) {
            String district = DISTRICTS.get(s % DISTRICTS.size());
            write(dir.resolve("content/schools/truong-" + s + ".md"), "---\nname: Điểm trường số " + s
                    + "\ndistrict: " + district + "\ncommune: Xã " + s + "\nstatus: "
                    + (s % 3 == 0 ? "building" : "completed") + "\nclassrooms: " + (2 + s % 4)
                    + "\nbudget_vnd: " + (300_000_000 + s * 1_000_000) + "\nstarted: "
                    + LocalDate.of(2016, 10, 1).plusDays(s * 40L) + "\n---\n" + PARAGRAPH + "\n\n" + PARAGRAPH + "\n");
        }
        for (int c = 1; c <= 3; c++) {
            write(dir.resolve("content/campaigns/chien-dich-" + c + ".md"), "---\ntitle: Chiến dịch " + c
                    + "\ngoal_vnd: 500000000\nraised_vnd: " + (c * 120_000_000) + "\nstatus: "
                    + (c == 3 ? "active" : "completed") + "\nschool: truong-" + c + "\n---\n" + PARAGRAPH + "\n");
        }
        for (int k = 1; k <= children; k++) {
            // five prefixes of four digits each: codes stay unique up to 50,000 children
            String prefix = PREFIXES.get(k % PREFIXES.size());
            String code = String.format("%s-%04d", prefix, k / PREFIXES.size());
            int school = 1 + random.nextInt(schools);
            boolean waiting = k % 3 == 0;
            write(dir.resolve("content/children/" + code + ".md"), "---\ncode: " + code + "\nname: "
                    + NAMES.get(random.nextInt(NAMES.size())) + "\nbirth_year: " + (2010 + random.nextInt(9))
                    + "\nschool: truong-" + school + "\ngrade: " + (1 + random.nextInt(9)) + "\nstatus: "
                    + (waiting ? "waiting" : "sponsored")
                    + (waiting ? "" : "\nsponsored_since: " + LocalDate.of(2017, 9, 1).plusDays(random.nextInt(2500)))
                    + "\n---\nEm thích học toán và vẽ tranh. Bữa trưa ở trường giúp em học cả ngày.\n");
        }
        LocalDate start = LocalDate.of(2016, 8, 20);
        for (int n = 1; n <= news; n++) {
            LocalDate date = start.plusDays(n * 3L);
            String tag1 = TAGS.get(random.nextInt(TAGS.size()));
            String tag2 = TAGS.get(random.nextInt(TAGS.size()));
            write(dir.resolve("content/news/" + date + "-tin-so-" + n + ".md"), "---\ntitle: Tin số " + n
                    + " - chuyến đi tới điểm trường\ndate: " + date + "\nsummary: Tóm tắt của tin số " + n
                    + ".\ntags: [" + tag1 + ", " + tag2 + "]\nschool: truong-" + (1 + random.nextInt(schools))
                    + "\n---\n" + PARAGRAPH + "\n\n## Những việc đã làm\n\n- trao quà\n- sửa lớp học\n- ăn trưa cùng các em\n\n"
                    + "| Hạng mục | Số tiền |\n|-|-|\n| Gạo | 2.000.000 đ |\n\n" + PARAGRAPH
                    + " Xem [điểm trường](/truong/truong-1/).\n");
        }
        for (String page : List.of("gioi-thieu", "cach-nuoi-em", "lien-he")) {
            write(dir.resolve("content/pages/" + page + ".md"), "---\ntitle: Trang " + page + "\nmenu: 1\n---\n"
                    + PARAGRAPH + "\n");
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
