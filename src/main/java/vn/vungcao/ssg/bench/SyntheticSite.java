package vn.vungcao.ssg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import vn.vungcao.ssg.text.Fold;
import vn.vungcao.ssg.text.Slugs;
import vn.vungcao.ssg.text.VietnameseFormat;

/**
 * Writes a deterministic synthetic site for the benchmark: the same arguments always give the same
 * bytes.
 *
 * <p>{@link Shape#REAL}, the default, is shaped like the club's own content: every body is its own
 * (no two files share one, so nothing renders a body once for many files), with lengths drawn from a
 * distribution skewed to the short end: news posts of 3 to 10 KB of Markdown (headings, lists,
 * tables, links to other pages of the site, images), children's stories of 0.8 to 2 KB of plain
 * text, schools and campaigns with bodies of 1.5 to 4 KB. Children carry the names of the highlands
 * (Thái, Mông, Mường, Dao, a few Kinh), a quarter of them written as a full name of three words
 * (the {@code child.full-name} warning fires); about half are waiting, the rest sponsored or
 * graduated. News are dated from August 2016 to October 2026 and tagged from the club's list;
 * a few campaigns carry memo keywords; six photos and drawings (JPEG and PNG) are shared by the
 * posts, schools and campaigns. The config is the club's: five news a page, the bank account (every
 * waiting child's page gets its VietQR code) and the contact.
 *
 * <p>{@link Shape#TINY} is the benchmark's first site: one paragraph repeated in every news post,
 * one sentence in every child, two children in three sponsored, no images.
 */
public final class SyntheticSite {

    /** What the content looks like. */
    public enum Shape {
        REAL, TINY;

        /** {@code real} or {@code tiny}; null for anything else. */
        public static Shape of(String name) {
            return switch (name) {
                case "real" -> REAL;
                case "tiny" -> TINY;
                default -> null;
            };
        }
    }

    /** News posts: 3 to 10 KB of Markdown. */
    public static final int NEWS_MIN = 3 * 1024;
    public static final int NEWS_MAX = 10 * 1024;
    /** Children's stories: 0.8 to 2 KB. */
    public static final int CHILD_MIN = 819;
    public static final int CHILD_MAX = 2 * 1024;
    /** Schools' and campaigns' bodies. */
    public static final int PLACE_MIN = 1536;
    public static final int PLACE_MAX = 4 * 1024;

    private static final long SEED = 20160801L;
    private static final LocalDate FIRST_NEWS = LocalDate.of(2016, 8, 20);
    private static final LocalDate LAST_NEWS = LocalDate.of(2026, 10, 31);

    private static final List<String> TAGS = List.of("xây trường", "nuôi em", "áo ấm", "bữa trưa", "sách vở",
            "tình nguyện", "khánh thành", "khởi công", "trung thu", "Tết", "cảm ơn", "sao kê", "mùa đông", "nước sạch",
            "học bổng", "thư của em");

    private SyntheticSite() {
    }

    /** The children and news posts of a site of {@code pages} content pages: 80 % children, 20 % news. */
    public static int[] split(int pages) {
        int news = Math.max(1, Math.round(pages * 0.2f));
        return new int[] {Math.max(1, pages - news), news};
    }

    /** School sites for {@code pages} content pages: about one per 250 (40 at 10,000), at least 3. */
    public static int schools(int pages) {
        return Math.max(3, Math.round(pages / 250f));
    }

    /** Campaigns for {@code pages} content pages: 3 at 1,000, 8 at 10,000, at most 12. */
    public static int campaigns(int pages) {
        return Math.max(3, Math.min(12, 3 + pages / 2000));
    }

    /** The tiny shape of the benchmark's first site, with {@code children} children and {@code news} news posts. */
    public static void write(Path dir, int children, int news) throws IOException {
        write(dir, Shape.TINY, children, news);
    }

    /** Writes a site of {@code shape} with {@code children} children and {@code news} news posts into {@code dir}. */
    public static void write(Path dir, Shape shape, int children, int news) throws IOException {
        if (shape == Shape.TINY) {
            Tiny.write(dir, children, news);
        } else {
            new Real(dir, children, news).write();
        }
    }

    /** The club's shape. */
    private static final class Real {
        private final Path dir;
        private final int childCount;
        private final int newsCount;
        private final List<Places.Site> sites;
        private final List<SchoolFacts> schools = new ArrayList<>();
        private final List<CampaignFacts> campaigns = new ArrayList<>();
        private final List<String> waitingCodes = new ArrayList<>();
        private final List<NewsFacts> news = new ArrayList<>();
        /** Every body written, so that none is written twice. */
        private final Set<String> bodies = new HashSet<>();

        private record SchoolFacts(Places.Site site, LocalDate started, int weight) {
        }

        private record CampaignFacts(String slug, String title, String keyword, String school) {
        }

        private record NewsFacts(LocalDate date, String slug, String title, String school, String campaign) {
        }

        Real(Path dir, int children, int news) {
            this.dir = dir;
            this.childCount = children;
            this.newsCount = news;
            this.sites = Places.sites(SyntheticSite.schools(children + news), random(1));
        }

        private static Random random(int section) {
            return new Random(SEED * 31 + section);
        }

        void write() throws IOException {
            config();
            for (BenchImages.Image image : BenchImages.ALL) {
                Path file = dir.resolve("content/images").resolve(image.file());
                Files.createDirectories(file.getParent());
                Files.write(file, BenchImages.bytes(image));
            }
            writeSchools(new Prose(random(2)));
            writeCampaigns(new Prose(random(3)));
            writeChildren(new Prose(random(4)));
            writeNews(new Prose(random(5)));
            writePages(new Prose(random(6)));
        }

        private void config() throws IOException {
            SyntheticSite.write(dir.resolve("site-config.yml"), """
                    # A synthetic site of the club's shape, written by the generator's bench command.
                    title: Vì trẻ em vùng cao Thanh Hóa
                    description: Câu lạc bộ thiện nguyện xây trường cho vùng cao Thanh Hóa và nuôi các em bữa trưa bán trú.
                    base_url: https://vungcao.example.org/
                    language: vi
                    theme: vungcao
                    timezone: Asia/Ho_Chi_Minh
                    news_per_page: 5
                    nuoi_em_vnd: 160000
                    children:
                      code_pattern: '[A-Z]{2}-\\d{4}'
                      code_example: ML-0000
                      allowed_fields: [code, name, birth_year, school, grade, status, sponsored_since, photo]
                    bank:
                      name: Vietcombank
                      bin: '970436'
                      account: '0000000000000'
                      holder: CLB VI TRE EM VUNG CAO THANH HOA
                    contact:
                      email: lienhe@example.org
                      phone: 0900 000 000
                      zalo: https://zalo.me/0900000000
                      facebook: https://www.facebook.com/
                      address: Thành phố Thanh Hóa, tỉnh Thanh Hóa
                    """);
        }

        /** A body of {@code min}–{@code max} bytes about {@code target}, never one written before. */
        private String body(Prose prose, int target, int min, int max, Supplier<String> block,
                            Supplier<String> filler) {
            while (true) {
                prose.newDocument();
                String body = Prose.fill(target, min, max, block, filler);
                if (bodies.add(body)) return body;
            }
        }

        /** A length between min and max, skewed to the short end ({@code skew} > 1), leaving {@code margin} bytes below max. */
        private static int target(Random random, int min, int max, double skew, int margin) {
            return min + (int) ((max - margin - min) * Math.pow(random.nextDouble(), skew));
        }

        // ---------- schools ----------

        private static final List<String> SCHOOL_INTRO = List.of(
                "{SchoolName} nằm ở xã {commune}, huyện {district}, cách trung tâm xã khoảng {km} cây số đường núi.",
                "Trước khi có điểm trường, các em học trong những gian lớp tạm vách gỗ, nền đất, mái lợp tranh.",
                "Phần lớn học sinh là con em đồng bào {people}; nhiều em ở bán trú cả tuần.",
                "Mùa mưa, con đường vào bản {roadState}, xe máy không đi được.",
                "Điểm trường hiện có {pupils} học sinh mầm non và tiểu học.",
                "{Teacher} đã dạy ở đây hơn mười năm, nhiều năm liền ở lại bản cả dịp Tết.",
                "Nước sinh hoạt được dẫn bằng ống nhựa từ khe núi cách trường gần một cây số.",
                "Trời vùng cao nơi đây {weather} vào mùa đông.");
        private static final List<String> SCHOOL_HEADINGS = List.of("Vì sao xây trường", "Công trình", "Các em ở đây",
                "Kinh phí", "Cảm ơn", "Việc còn lại");
        private static final List<String> SCHOOL_ITEMS = List.of("{n} mét vuông phòng học lát gạch men",
                "mái tôn chống nóng và trần cách nhiệt", "bếp ăn bán trú có ống khói", "khu vệ sinh có nước sạch",
                "bể nước {n} mét khối", "sân bê tông và cột cờ", "tủ sách và bàn ghế mới", "hệ thống điện và quạt trần");

        private void writeSchools(Prose prose) throws IOException {
            Random random = prose.random();
            long span = ChronoUnit.DAYS.between(LocalDate.of(2016, 10, 1), LocalDate.of(2026, 6, 1));
            for (int i = 0; i < sites.size(); i++) {
                Places.Site s = sites.get(i);
                LocalDate started = LocalDate.of(2016, 10, 1).plusDays(span * i / sites.size() + random.nextInt(30));
                boolean last = i == sites.size() - 1;
                String status = last ? "planned" : started.isBefore(LocalDate.of(2025, 9, 1)) ? "completed" : "building";
                schools.add(new SchoolFacts(s, started, 1 + random.nextInt(4)));
                placeSlots(prose, s);
                StringBuilder fm = new StringBuilder("---\n");
                fm.append("name: ").append(s.name()).append('\n');
                fm.append("district: ").append(s.district().name()).append('\n');
                fm.append("commune: ").append(s.commune()).append('\n');
                fm.append("village: ").append(s.village()).append('\n');
                fm.append("status: ").append(status).append('\n');
                fm.append("classrooms: ").append(2 + random.nextInt(5)).append('\n');
                fm.append("budget_vnd: ").append((250 + random.nextInt(650)) * 1_000_000L).append('\n');
                if (!last) fm.append("started: ").append(started).append('\n');
                if (status.equals("completed")) fm.append("completed: ").append(started.plusDays(90 + random.nextInt(180))).append('\n');
                fm.append("cover: /images/").append(random.nextBoolean() ? "lop-hoc.jpg" : "chuyen-di.jpg").append('\n');
                fm.append("---\n");
                String body = body(prose, target(random, PLACE_MIN, PLACE_MAX, 1.3, 900), PLACE_MIN, PLACE_MAX, () -> {
                    int kind = random.nextInt(4);
                    String para = prose.sentences(SCHOOL_INTRO, 2 + random.nextInt(3));
                    return switch (kind) {
                        case 0 -> "## " + Names.pick(SCHOOL_HEADINGS, random) + "\n\n" + para + "\n\n"
                                + list(prose, SCHOOL_ITEMS, 3 + random.nextInt(3)) + "\n";
                        case 1 -> para + "\n\n![" + prose.fill("Lớp học mới ở {schoolName}") + "](/images/lop-hoc.jpg)\n\n";
                        default -> para + "\n\n";
                    };
                }, () -> prose.any(SCHOOL_INTRO) + "\n\n");
                SyntheticSite.write(dir.resolve("content/schools/" + s.slug() + ".md"), fm + body);
            }
        }

        private static void placeSlots(Prose prose, Places.Site s) {
            prose.set("SchoolName", s.name());
            prose.set("schoolName", "điểm trường " + s.village());
            prose.set("schoolSlug", s.slug());
            prose.set("village", s.village());
            prose.set("commune", s.commune());
            prose.set("district", s.district().name());
        }

        private static String list(Prose prose, List<String> items, int count) {
            List<String> order = new ArrayList<>(items);
            Collections.shuffle(order, prose.random());
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < Math.min(count, order.size()); i++) out.append("- ").append(prose.fill(order.get(i))).append('\n');
            return out.toString();
        }

        // ---------- campaigns ----------

        private static final List<String> CAMPAIGN_TEXT = List.of(
                "Chiến dịch quyên góp để {goal}.",
                "Người góp chuyển khoản vào tài khoản của câu lạc bộ với nội dung `{keyword}`, để bảng sao kê tự ghi khoản góp vào chiến dịch.",
                "Mọi khoản góp đều được ghi vào bảng thu chi công khai, cập nhật hằng tháng trên trang này.",
                "Không cần góp nhiều: nhiều khoản nhỏ cộng lại đã đủ cho những chiến dịch trước.",
                "Khi đủ kinh phí, câu lạc bộ sẽ báo tin và đăng ảnh trên trang tin tức.",
                "Các thầy cô ở {schoolName} đã gửi danh sách những gì các em cần nhất.",
                "Mỗi phần quà trị giá khoảng {money}, được mua tận nơi để giảm tiền vận chuyển.");

        private void writeCampaigns(Prose prose) throws IOException {
            Random random = prose.random();
            int count = SyntheticSite.campaigns(childCount + newsCount);
            Set<String> slugs = new HashSet<>();
            for (int i = 0; i < count; i++) {
                int year = 2017 + (int) ((2026 - 2017) * (long) i / Math.max(1, count - 1));
                SchoolFacts school = schools.get(Math.min(schools.size() - 1, (i * schools.size()) / count));
                placeSlots(prose, school.site());
                String title;
                String keyword;
                String goal;
                switch (i % 4) {
                    case 0 -> {
                        title = "Xây điểm trường " + school.site().village();
                        keyword = "XAY " + Fold.fold(school.site().village().replace("bản ", "")).toUpperCase(Locale.ROOT);
                        goal = "xây phòng học kiên cố cho " + school.site().name();
                    }
                    case 1 -> {
                        title = "Áo ấm mùa đông " + year;
                        keyword = "AO AM " + year;
                        goal = "mua mỗi em một chiếc áo khoác ấm trước mùa rét";
                    }
                    case 2 -> {
                        title = "Bữa trưa cho em năm học " + year + "–" + (year + 1);
                        keyword = "BUA TRUA " + year;
                        goal = "thêm thịt, trứng và rau xanh cho bữa trưa bán trú";
                    }
                    default -> {
                        title = "Tủ sách vùng cao " + year;
                        keyword = "TU SACH " + year;
                        goal = "mua sách và dựng tủ sách cho các điểm trường";
                    }
                }
                String slug = Slugs.slug(title);
                while (!slugs.add(slug)) slug = slug + "-" + year;
                prose.set("keyword", keyword);
                prose.set("goal", goal);
                campaigns.add(new CampaignFacts(slug, title, keyword, i % 4 == 0 ? school.site().slug() : null));
                boolean active = i == count - 1;
                long goalVnd = (100 + random.nextInt(800)) * 1_000_000L;
                long raised = active ? goalVnd * (10 + random.nextInt(70)) / 100 : goalVnd + random.nextInt(60) * 1_000_000L;
                LocalDate start = LocalDate.of(year, 1 + random.nextInt(9), 1 + random.nextInt(28));
                StringBuilder fm = new StringBuilder("---\n");
                fm.append("title: ").append(yaml(title)).append('\n');
                fm.append("summary: Quyên góp để ").append(goal).append(".\n");
                fm.append("goal_vnd: ").append(goalVnd).append('\n');
                fm.append("raised_vnd: ").append(raised).append('\n');
                fm.append("start: ").append(start).append('\n');
                if (!active) fm.append("end: ").append(start.plusDays(60 + random.nextInt(200))).append('\n');
                fm.append("keywords: [").append(keyword).append("]\n");
                fm.append("status: ").append(active ? "active" : "completed").append('\n');
                if (i % 4 == 0) fm.append("school: ").append(school.site().slug()).append('\n');
                fm.append("cover: /images/").append(i % 4 == 1 ? "ao-am.jpg" : "bua-trua.jpg").append('\n');
                fm.append("---\n");
                String body = body(prose, target(random, PLACE_MIN, PLACE_MAX, 1.3, 900), PLACE_MIN, PLACE_MAX, () -> {
                    String para = prose.sentences(CAMPAIGN_TEXT, 2 + random.nextInt(3));
                    return switch (random.nextInt(3)) {
                        case 0 -> "## Cách góp\n\n" + para + "\n\n- Chuyển khoản, nội dung `" + prose.fill("{keyword}")
                                + "`.\n- Quét mã VietQR trên trang này.\n- Góp hiện vật: nhắn câu lạc bộ ở trang [liên hệ](/lien-he/).\n\n";
                        case 1 -> "## Kinh phí dự kiến\n\n" + para + "\n\n" + table(random) + "\n";
                        default -> para + "\n\n";
                    };
                }, () -> prose.any(CAMPAIGN_TEXT) + "\n\n");
                SyntheticSite.write(dir.resolve("content/campaigns/" + slug + ".md"), fm + body);
            }
        }

        private static final List<String[]> GOODS = List.of(new String[] {"Gạo", "kg", "18000"},
                new String[] {"Thịt lợn", "kg", "130000"}, new String[] {"Trứng", "quả", "3500"},
                new String[] {"Áo ấm", "chiếc", "150000"}, new String[] {"Sách vở", "bộ", "85000"},
                new String[] {"Dép", "đôi", "45000"}, new String[] {"Chăn", "chiếc", "220000"},
                new String[] {"Xi măng", "bao", "90000"}, new String[] {"Tôn lợp", "tấm", "160000"},
                new String[] {"Bóng đèn", "chiếc", "60000"}, new String[] {"Bàn ghế", "bộ", "1200000"});

        private static String table(Random random) {
            List<String[]> order = new ArrayList<>(GOODS);
            Collections.shuffle(order, random);
            StringBuilder t = new StringBuilder("| Hạng mục | Số lượng | Thành tiền |\n|---|---:|---:|\n");
            long total = 0;
            for (int i = 0; i < 3 + random.nextInt(4); i++) {
                String[] g = order.get(i);
                int qty = 5 + random.nextInt(300);
                long amount = qty * Long.parseLong(g[2]);
                total += amount;
                t.append("| ").append(g[0]).append(" | ").append(qty).append(' ').append(g[1]).append(" | ")
                        .append(VietnameseFormat.number(amount)).append(" đ |\n");
            }
            t.append("| **Tổng** | | **").append(VietnameseFormat.number(total)).append(" đ** |\n");
            return t.toString();
        }

        // ---------- children ----------

        private static final List<String> STORY = List.of(
                "Nhà em ở cách trường khoảng {km} cây số, phải đi bộ qua {obstacle}.",
                "Mỗi tuần em về nhà một lần, sáng thứ Hai lại theo các bạn trở về trường bán trú.",
                "Bố mẹ em làm nương, trồng {crop}; mùa giáp hạt trong nhà thường thiếu gạo.",
                "Em thích nhất môn {subject} và hay được cô giáo khen vì {virtue}.",
                "Lớn lên, em mong trở thành {dream} để {dreamWhy}.",
                "Ở trường, em hay giúp các em nhỏ {help}.",
                "Nhà em có {siblings} anh chị em; em là {rank}.",
                "Bữa trưa ở trường bán trú giúp em không phải nhịn đói buổi chiều, học được trọn ngày.",
                "Mùa đông năm ngoái, em được nhận {gift} từ chương trình của câu lạc bộ.",
                "Cô chủ nhiệm kể rằng em {teacherSays}.",
                "Buổi tối ở khu bán trú, em cùng các bạn {evening}.",
                "Con đường từ bản tới trường {roadState} vào mùa mưa.",
                "Điều em thích nhất ở trường là {likeBest}.",
                "Năm học vừa rồi, em {achievement}.",
                "Em ước có {wish}.",
                "Thứ bảy, em về phụ mẹ {chore}.",
                "Em còn thích môn {subject}, nhất là những giờ cả lớp được {classFun}.",
                "Trời ở bản {weather}, nên buổi sáng em thường mặc hai lớp áo tới lớp.");

        private void writeChildren(Prose prose) throws IOException {
            Random random = prose.random();
            int totalWeight = schools.stream().mapToInt(SchoolFacts::weight).sum();
            Map<String, Integer> next = new HashMap<>();
            for (int k = 0; k < childCount; k++) {
                int w = random.nextInt(totalWeight);
                SchoolFacts school = schools.get(0);
                for (SchoolFacts s : schools) {
                    if (w < s.weight()) {
                        school = s;
                        break;
                    }
                    w -= s.weight();
                }
                Places.District district = school.site().district();
                int number = next.merge(district.prefix(), 1 + (random.nextInt(10) == 0 ? 1 : 0), Integer::sum);
                if (number > 9999) throw new IllegalArgumentException("too many children for the codes of " + district.name());
                String code = String.format(Locale.ROOT, "%s-%04d", district.prefix(), number);
                Names.Name name = Names.child(district.name(), random);
                int birth = 2009 + random.nextInt(12);
                int grade = Math.max(1, Math.min(12, 2025 - birth - 5));
                int r = random.nextInt(100);
                // graduated: past grade 9, which the oldest children are
                String status = r < 50 ? "waiting" : r < 75 || birth > 2011 ? "sponsored" : "graduated";
                StringBuilder fm = new StringBuilder("---\n");
                fm.append("code: ").append(code).append('\n');
                fm.append("name: ").append(yaml(name.display())).append('\n');
                fm.append("birth_year: ").append(birth).append('\n');
                fm.append("school: ").append(school.site().slug()).append('\n');
                fm.append("grade: ").append(grade).append('\n');
                fm.append("status: ").append(status).append('\n');
                if (!status.equals("waiting")) {
                    fm.append("sponsored_since: ").append(LocalDate.of(2017 + random.nextInt(9), 1 + random.nextInt(12), 1)).append('\n');
                } else {
                    waitingCodes.add(code);
                }
                fm.append("---\n");
                placeSlots(prose, school.site());
                String first = "Em " + name.given() + " năm nay " + (2025 - birth) + " tuổi, đang học lớp " + grade + " ở điểm trường "
                        + school.site().village() + ". " + (name.people().equals("Kinh") ? "" : "Ở nhà em nói tiếng " + name.people()
                        + " và học tiếng Việt từ lớp một. ");
                String close = status.equals("waiting")
                        ? "Mỗi tháng 160.000 đồng từ một anh chị nuôi sẽ giúp em có bữa trưa đủ no ở trường."
                        : status.equals("sponsored") ? "Từ khi có anh chị nuôi, em đi học đều hơn và hay viết thư kể chuyện lớp."
                        : "Em đã học hết lớp chín và cảm ơn anh chị nuôi đã đồng hành cùng em.";
                boolean[] opened = {false};
                // the closing sentence follows the story on its last line: its bytes count in the story's length
                int tail = Prose.bytes(close) + 1;
                String story = body(prose, target(random, CHILD_MIN, CHILD_MAX, 1.4, 500) - tail, CHILD_MIN - tail, CHILD_MAX - tail, () -> {
                    String para = prose.sentences(STORY, 2 + random.nextInt(3));
                    if (!opened[0]) {
                        opened[0] = true;
                        return first + para + "\n\n";
                    }
                    return para + "\n\n";
                }, () -> prose.any(STORY) + "\n\n");
                opened[0] = false;
                String text = story.endsWith("\n") ? story.substring(0, story.length() - 1) : story;
                SyntheticSite.write(dir.resolve("content/children/" + code + ".md"), fm + text + " " + close + "\n");
            }
        }

        // ---------- news ----------

        private static final List<String> TITLES = List.of(
                "Khánh thành {schoolName}", "Khởi công {schoolName}", "Tiến độ xây {schoolName} tháng {postMonth}",
                "Trao áo ấm cho học sinh {schoolName}", "Chuyến đi tình nguyện tháng {postMonth} năm {postYear} lên xã {commune}",
                "Bữa trưa bán trú ở {schoolName}: {n} em được ăn no", "Cảm ơn anh chị nuôi tháng {postMonth}/{postYear}",
                "Sao kê thu chi tháng {postMonth}/{postYear}", "Trung thu {postYear} ở {schoolName}",
                "Thư của các em {schoolName} gửi anh chị nuôi", "Tủ sách mới cho {schoolName}",
                "{n} em ở huyện {district} đang chờ anh chị nuôi", "Nước sạch về {village}",
                "Tết sớm {postYear} cho các em xã {commune}", "Học bổng cho học sinh giỏi {schoolName}");
        private static final List<String> INTRO = List.of(
                "Ngày {day} tháng {month}, đoàn tình nguyện của câu lạc bộ gồm {members} thành viên đã lên {schoolName}, xã {commune}, huyện {district}.",
                "Sau {hours} giờ đi xe và gần {km} cây số đường đất, đoàn tới nơi khi trời vừa sáng.",
                "Chuyến đi lần này mang theo {item} cho các em học sinh bán trú.",
                "Đây là chuyến đi thứ {nth} của câu lạc bộ trong năm {postYear}.",
                "Các thầy cô và học sinh đón đoàn bằng những tiếng hát và nụ cười.",
                "Con đường lên bản vẫn còn nhiều đoạn lầy lội sau những trận mưa đầu mùa.",
                "Điểm trường hiện có {pupils} học sinh, phần lớn là con em đồng bào {people}.",
                "Nhờ sự đóng góp của các anh chị nuôi, bữa trưa bán trú ở đây đã có thêm thịt, trứng và rau xanh.",
                "{Teacher}, người phụ trách điểm trường, cho biết số em đi học đều đã tăng rõ rệt từ khi có bữa trưa.",
                "Nhiều em phải đi bộ hơn {km} cây số mỗi sáng để tới lớp.",
                "Trời vùng cao những ngày này {weather}.",
                "Câu lạc bộ đã chuyển {money} cho nhà trường để mua {item}.",
                "Toàn bộ khoản chi được ghi trong bảng thu chi công khai của câu lạc bộ.",
                "Buổi chiều, đoàn cùng các thầy cô sửa lại mái bếp và lắp thêm bóng đèn cho khu bán trú.",
                "Các em được khám răng, cắt tóc và nhận quà: mỗi em một {gift}.",
                "Nhiều phụ huynh cũng xuống trường phụ giúp nấu bữa cơm chung.",
                "Buổi tối, cả đoàn ngủ lại ở phòng học, nghe tiếng suối chảy suốt đêm.",
                "Bà con trong bản mang tới những ống cơm lam và gùi măng để cảm ơn đoàn.");
        private static final List<String> SUMMARIES = List.of(
                "Đoàn tình nguyện lên {schoolName} mang theo {item}.",
                "Tin từ {schoolName}, xã {commune}, huyện {district}: {n} em học sinh bán trú và những việc câu lạc bộ đã làm.",
                "Câu lạc bộ cảm ơn các anh chị nuôi và báo lại các khoản đã chi trong tháng {postMonth}.",
                "Những hình ảnh và con số từ chuyến đi tháng {postMonth} năm {postYear}.",
                "Bữa trưa, áo ấm và sách vở cho các em ở huyện {district}.",
                "Tiến độ công trình ở {village} và kế hoạch những tháng tới.");
        private static final List<String> HEADINGS = List.of("Những việc đã làm", "Hành trình lên bản", "Bữa trưa bán trú",
                "Kinh phí và sao kê", "Lời cảm ơn", "Các em nói gì", "Việc tiếp theo", "Trao quà cho các em",
                "Tiến độ công trình", "Những con số", "Ghi chép của tình nguyện viên", "Cách góp tay");
        private static final List<String> ITEMS = List.of("trao {n} suất quà cho học sinh", "sửa mái bếp của khu bán trú",
                "lắp {n} bóng đèn cho phòng học", "tặng {n} bộ sách giáo khoa", "khám răng cho {n} em",
                "trao {n} chiếc áo ấm", "mua {n} kg gạo cho bếp ăn", "sơn lại bảng đen của các lớp",
                "tặng {n} đôi dép và tất", "dựng giá sách cho thư viện nhỏ", "xây bể nước {n} mét khối",
                "trồng {n} cây xanh ở sân trường", "**trao học bổng** cho {n} em học giỏi", "đo chiều cao và cân nặng của các em");

        private void writeNews(Prose prose) throws IOException {
            Random random = prose.random();
            long span = ChronoUnit.DAYS.between(FIRST_NEWS, LAST_NEWS);
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < newsCount; i++) dates.add(FIRST_NEWS.plusDays(i == 0 ? 0 : (long) (span * Math.sqrt(random.nextDouble()))));
            Collections.sort(dates);
            Set<String> slugs = new HashSet<>();
            // titles, slugs and references first, so that a post can link to any other
            for (LocalDate date : dates) {
                SchoolFacts school = schools.get(random.nextInt(schools.size()));
                placeSlots(prose, school.site());
                prose.set("postMonth", Integer.toString(date.getMonthValue()));
                prose.set("postYear", Integer.toString(date.getYear()));
                String title = prose.any(TITLES);
                String slug = Slugs.slug(title);
                for (int n = 2; !slugs.add(slug); n++) slug = Slugs.slug(title) + "-" + n;
                String campaign = random.nextInt(4) == 0 ? Names.pick(campaigns, random).slug() : null;
                news.add(new NewsFacts(date, slug, title, random.nextInt(10) < 7 ? school.site().slug() : null, campaign));
            }
            for (int i = 0; i < news.size(); i++) {
                NewsFacts post = news.get(i);
                SchoolFacts school = post.school() != null
                        ? schools.stream().filter(s -> s.site().slug().equals(post.school())).findFirst().orElseThrow()
                        : schools.get(random.nextInt(schools.size()));
                placeSlots(prose, school.site());
                prose.set("postMonth", Integer.toString(post.date().getMonthValue()));
                prose.set("postYear", Integer.toString(post.date().getYear()));
                StringBuilder fm = new StringBuilder("---\n");
                fm.append("title: ").append(yaml(post.title())).append('\n');
                fm.append("date: ").append(post.date()).append('\n');
                fm.append("summary: ").append(yaml(prose.any(SUMMARIES))).append('\n');
                List<String> tags = new ArrayList<>();
                for (int t = 0; t < 1 + random.nextInt(3); t++) {
                    String tag = Names.pick(TAGS, random);
                    if (!tags.contains(tag)) tags.add(tag);
                }
                if (random.nextBoolean()) tags.add(school.site().district().name());
                fm.append("tags: [").append(String.join(", ", tags)).append("]\n");
                if (post.school() != null) fm.append("school: ").append(post.school()).append('\n');
                if (post.campaign() != null) fm.append("campaign: ").append(post.campaign()).append('\n');
                if (random.nextInt(10) < 6) fm.append("cover: /images/").append(Names.pick(BenchImages.ALL, random).file()).append('\n');
                fm.append("---\n");
                int index = i;
                boolean[] opened = {false};
                String body = body(prose, target(random, NEWS_MIN, NEWS_MAX, 1.7, 1400), NEWS_MIN, NEWS_MAX, () -> {
                    if (!opened[0]) {
                        opened[0] = true;
                        return prose.sentences(INTRO, 3 + random.nextInt(3)) + "\n\n";
                    }
                    return section(prose, index);
                }, () -> prose.any(INTRO) + "\n\n");
                opened[0] = false;
                SyntheticSite.write(dir.resolve("content/news/" + post.date() + "-" + post.slug() + ".md"), fm + body);
            }
        }

        /** One section of a news post: a heading, a paragraph, and a list, a table, an image, a quote or links. */
        private String section(Prose prose, int index) {
            Random random = prose.random();
            StringBuilder s = new StringBuilder();
            s.append(random.nextInt(4) == 0 ? "### " : "## ").append(Names.pick(HEADINGS, random)).append("\n\n");
            s.append(prose.sentences(INTRO, 2 + random.nextInt(3))).append("\n\n");
            switch (random.nextInt(6)) {
                case 0 -> s.append(list(prose, ITEMS, 3 + random.nextInt(4))).append('\n');
                case 1 -> s.append(table(random)).append('\n');
                case 2 -> {
                    BenchImages.Image image = Names.pick(BenchImages.ALL, random);
                    s.append("![").append(image.alt()).append(", ").append(prose.fill("{schoolName}")).append("](/images/")
                            .append(image.file()).append(")\n\n");
                }
                case 3 -> s.append("> ").append(prose.fill("{quote}")).append(" — ").append(prose.fill("{teacher}")).append("\n\n");
                case 4 -> {
                    s.append("Xem thêm về [").append(prose.fill("{schoolName}")).append("](/truong/").append(prose.fill("{schoolSlug}"))
                            .append("/)");
                    if (index > 0) {
                        NewsFacts earlier = news.get(random.nextInt(index));
                        s.append(" và tin [").append(earlier.title()).append("](/tin-tuc/").append(earlier.slug()).append("/)");
                    }
                    s.append(". Anh chị muốn nhận nuôi một em có thể đọc [cách nhận nuôi](/cach-nuoi-em/) hoặc xem [các em đang chờ](/tre-em/).\n\n");
                }
                default -> {
                    CampaignFacts c = Names.pick(campaigns, random);
                    s.append("Chiến dịch [").append(c.title()).append("](/chien-dich/").append(c.slug())
                            .append("/) vẫn nhận đóng góp với nội dung chuyển khoản `").append(c.keyword()).append('`');
                    if (!waitingCodes.isEmpty()) {
                        String code = Names.pick(waitingCodes, random);
                        s.append("; em [").append(code).append("](/tre-em/").append(code.toLowerCase(Locale.ROOT))
                                .append("/) cũng đang chờ một anh chị nuôi");
                    }
                    s.append(".\n\n");
                }
            }
            return s.toString();
        }

        // ---------- free pages ----------

        private void writePages(Prose prose) throws IOException {
            Random random = prose.random();
            placeSlots(prose, sites.get(0));
            prose.set("postMonth", "10");
            prose.set("postYear", "2026");
            prose.set("keyword", "NUOI EM");
            prose.set("goal", "nuôi các em bữa trưa bán trú");
            String[][] pages = {{"gioi-thieu", "Giới thiệu", "1"}, {"cach-nuoi-em", "Cách nhận nuôi một em", "2"},
                    {"lien-he", "Liên hệ", "3"}};
            for (String[] p : pages) {
                String body = body(prose, target(random, PLACE_MIN, PLACE_MAX, 1, 900), PLACE_MIN, PLACE_MAX,
                        () -> "## " + Names.pick(HEADINGS, random) + "\n\n" + prose.sentences(INTRO, 3) + "\n\n"
                                + prose.sentences(CAMPAIGN_TEXT, 2) + "\n\n",
                        () -> prose.any(INTRO) + "\n\n");
                SyntheticSite.write(dir.resolve("content/pages/" + p[0] + ".md"), "---\ntitle: " + p[1] + "\nmenu: " + p[2]
                        + "\n---\n" + body);
            }
        }
    }

    /** The benchmark's first site: the same body everywhere. */
    private static final class Tiny {
        private static final List<String> DISTRICTS = List.of("Mường Lát", "Quan Sơn", "Quan Hóa", "Bá Thước", "Lang Chánh");
        private static final List<String> NAMES = List.of("Mai", "Thủy", "Đào", "Páo", "Hoa", "Lan", "Dế", "Sính", "Chá",
                "Tú", "Ngọc", "Đức", "Điệp", "Xuân", "Vi", "Thắm", "Nhung", "Dua", "Sùng", "Lâu");
        private static final List<String> PREFIXES = List.of("ML", "QS", "QH", "BT", "LC");
        private static final List<String> TAGS = List.of("xây trường", "nuôi em", "Mường Lát", "Quan Sơn", "tình nguyện",
                "áo ấm", "sách vở", "cảm ơn");
        private static final String PARAGRAPH = "Chuyến đi lên điểm trường ở vùng cao Thanh Hóa kéo dài hai ngày, qua "
                + "những con dốc đất đỏ. Các thầy cô và học sinh đón đoàn bằng những nụ cười; bữa trưa bán trú có thêm "
                + "thịt và rau xanh nhờ sự đóng góp của các anh chị nuôi.";

        static void write(Path dir, int children, int news) throws IOException {
            Random random = new Random(SEED);
            int schools = Math.max(3, children / 100);
            SyntheticSite.write(dir.resolve("site-config.yml"), """
                    title: Vì trẻ em vùng cao Thanh Hóa
                    description: Một trang thử nghiệm tổng hợp để đo tốc độ.
                    base_url: https://vungcao.example.org/
                    news_per_page: 10
                    """);
            for (int s = 1; s <= schools; s++) {
                String district = DISTRICTS.get(s % DISTRICTS.size());
                SyntheticSite.write(dir.resolve("content/schools/truong-" + s + ".md"), "---\nname: Điểm trường số " + s
                        + "\ndistrict: " + district + "\ncommune: Xã " + s + "\nstatus: "
                        + (s % 3 == 0 ? "building" : "completed") + "\nclassrooms: " + (2 + s % 4)
                        + "\nbudget_vnd: " + (300_000_000 + s * 1_000_000) + "\nstarted: "
                        + LocalDate.of(2016, 10, 1).plusDays(s * 40L) + "\n---\n" + PARAGRAPH + "\n\n" + PARAGRAPH + "\n");
            }
            for (int c = 1; c <= 3; c++) {
                SyntheticSite.write(dir.resolve("content/campaigns/chien-dich-" + c + ".md"), "---\ntitle: Chiến dịch " + c
                        + "\ngoal_vnd: 500000000\nraised_vnd: " + (c * 120_000_000) + "\nstatus: "
                        + (c == 3 ? "active" : "completed") + "\nschool: truong-" + c + "\n---\n" + PARAGRAPH + "\n");
            }
            for (int k = 1; k <= children; k++) {
                // five prefixes of four digits each: codes stay unique up to 50,000 children
                String prefix = PREFIXES.get(k % PREFIXES.size());
                String code = String.format(Locale.ROOT, "%s-%04d", prefix, k / PREFIXES.size());
                int school = 1 + random.nextInt(schools);
                boolean waiting = k % 3 == 0;
                SyntheticSite.write(dir.resolve("content/children/" + code + ".md"), "---\ncode: " + code + "\nname: "
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
                SyntheticSite.write(dir.resolve("content/news/" + date + "-tin-so-" + n + ".md"), "---\ntitle: Tin số " + n
                        + " - chuyến đi tới điểm trường\ndate: " + date + "\nsummary: Tóm tắt của tin số " + n
                        + ".\ntags: [" + tag1 + ", " + tag2 + "]\nschool: truong-" + (1 + random.nextInt(schools))
                        + "\n---\n" + PARAGRAPH + "\n\n## Những việc đã làm\n\n- trao quà\n- sửa lớp học\n- ăn trưa cùng các em\n\n"
                        + "| Hạng mục | Số tiền |\n|-|-|\n| Gạo | 2.000.000 đ |\n\n" + PARAGRAPH
                        + " Xem [điểm trường](/truong/truong-1/).\n");
            }
            for (String page : List.of("gioi-thieu", "cach-nuoi-em", "lien-he")) {
                SyntheticSite.write(dir.resolve("content/pages/" + page + ".md"), "---\ntitle: Trang " + page + "\nmenu: 1\n---\n"
                        + PARAGRAPH + "\n");
            }
        }
    }

    /** {@code text} as a YAML scalar: plain when YAML reads it back as the same string, else in double quotes. */
    static String yaml(String text) {
        boolean plain = !text.isEmpty() && !text.contains(": ") && !text.contains(" #") && !text.endsWith(":")
                && "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) < 0 && text.equals(text.strip());
        if (plain) return text;
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
