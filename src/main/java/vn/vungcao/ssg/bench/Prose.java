package vn.vungcao.ssg.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import vn.vungcao.ssg.text.VietnameseFormat;

/**
 * Vietnamese sentences assembled from phrase lists with a seeded {@link Random}: each template has
 * slots ({@code {school}}, {@code {n}}, …) filled anew at each use, so two bodies made of the same
 * templates still differ. Not thread-safe (it holds the random and the slots of the document being
 * written).
 */
final class Prose {

    private final Random random;
    private final Map<String, Supplier<String>> slots = new HashMap<>();
    /** Templates used in the document being written: {@link #sentences} takes the others first. */
    private final Set<String> used = new HashSet<>();

    Prose(Random random) {
        this.random = random;
        list("obstacle", "hai con suối", "một con dốc dài", "đường đất đỏ trơn trượt", "một cây cầu treo",
                "những quả đồi trồng ngô", "một đoạn đường rừng", "ba ngọn đồi", "con suối không có cầu");
        list("crop", "ngô và sắn", "lúa nương", "ngô, sắn và nuôi vài con gà", "lúa và măng rừng", "keo và ngô",
                "lúa một vụ và nuôi bò", "sắn và chuối");
        list("subject", "toán", "tiếng Việt", "vẽ", "âm nhạc", "tự nhiên và xã hội", "thể dục", "tiếng Anh", "khoa học",
                "lịch sử", "tin học");
        list("virtue", "chữ viết đẹp", "chăm chỉ làm bài", "hay giơ tay phát biểu", "biết giúp đỡ bạn", "đi học đều",
                "đọc to, rõ ràng", "giữ sách vở sạch sẽ", "làm bài tập về nhà đầy đủ");
        list("dream", "cô giáo", "bác sĩ", "bộ đội biên phòng", "kỹ sư xây cầu", "y tá", "thầy giáo dạy toán",
                "công an", "người lái xe khách", "họa sĩ", "kỹ sư nông nghiệp", "cán bộ xã");
        list("dreamWhy", "về dạy các em ở bản", "chữa bệnh cho bà con", "làm đường cho bản", "giúp bố mẹ đỡ vất vả",
                "xây trường cho vùng cao", "giúp bản có nước sạch", "mở lớp học cho các em nhỏ");
        list("help", "buộc tóc", "rửa bát sau bữa trưa", "học đánh vần", "quét lớp", "gấp chăn ở phòng bán trú",
                "xách nước", "tưới rau ở vườn trường");
        list("rank", "con cả", "con thứ hai", "con út", "con thứ ba");
        list("teacherSays", "ít nói nhưng rất chăm", "luôn đến lớp sớm nhất", "hát rất hay trong các buổi sinh hoạt",
                "tiến bộ nhiều từ khi được ăn trưa ở trường", "hay hỏi bài khi chưa hiểu", "là lớp trưởng gương mẫu",
                "thuộc bài nhanh nhất lớp");
        list("evening", "ôn bài dưới ánh đèn", "chơi nhảy dây ở sân trường", "hát những bài hát của dân tộc mình",
                "giặt quần áo và phơi ở hiên", "đọc truyện ở tủ sách của lớp", "chơi đá cầu trước giờ tự học");
        list("roadState", "lầy lội, nhiều chỗ sạt lở", "trơn trượt và ngập suối", "bị bùn đất phủ kín",
                "thường bị chia cắt sau những trận mưa lớn", "chỉ đi bộ được");
        list("likeBest", "giờ ra chơi", "tủ sách mới", "bữa cơm có thịt", "những buổi chào cờ", "giờ vẽ tranh",
                "sân bóng sau trường", "những buổi văn nghệ");
        list("achievement", "được giấy khen học sinh tiên tiến", "đọc thông viết thạo", "không nghỉ buổi học nào",
                "đạt điểm mười môn toán cuối kỳ", "thi kể chuyện được giải ba của trường", "được chọn vào đội văn nghệ");
        list("wish", "một chiếc cặp mới", "một bộ sách giáo khoa của riêng mình", "đôi dép để đi học mùa mưa",
                "một chiếc áo khoác ấm", "một hộp bút màu", "một quả bóng cho cả lớp", "một chiếc đèn học");
        list("chore", "lên nương", "trông em", "cho lợn ăn", "hái rau", "gùi củi", "nấu cơm", "chăn bò");
        list("weather", "sương mù dày đặc từ sáng tới trưa", "rét đậm, có hôm chỉ còn 5 độ", "nắng gắt nhưng đêm vẫn lạnh",
                "mưa dầm nhiều ngày liền", "hanh khô, gió mạnh", "se lạnh và trong xanh");
        list("item", "gạo và thực phẩm cho bếp ăn bán trú", "áo ấm và chăn", "sách vở và đồ dùng học tập",
                "dép, tất và mũ len", "bàn ghế cho hai phòng học", "tủ sách và truyện thiếu nhi", "bóng đèn và quạt");
        list("gift", "chiếc áo ấm", "bộ sách vở", "đôi dép", "hộp bút màu", "chiếc mũ len", "túi kẹo và bánh");
        List<String> teachers = List.of("thầy Lò Văn Thanh", "cô Hà Thị Hương", "thầy Phạm Văn Dũng", "cô Bùi Thị Lan",
                "thầy Lương Văn Hòa", "cô Vi Thị Mến", "thầy Giàng A Chứ", "thầy Đinh Văn Quý", "thầy Cầm Bá Tuấn", "cô Ngân Thị Nga");
        slots.put("teacher", () -> Names.pick(teachers, random));
        slots.put("Teacher", () -> {
            String t = Names.pick(teachers, random);
            return Character.toUpperCase(t.charAt(0)) + t.substring(1);
        });
        list("classFun", "hát", "vẽ tranh ngoài sân", "đọc truyện", "chơi trò chơi dân gian", "làm thí nghiệm nhỏ",
                "kể chuyện về bản mình");
        list("people", "Thái", "Mông", "Mường", "Dao", "Thái và Mông", "Thái và Mường");
        list("quote", "Có bữa trưa ở trường, các em không bỏ học buổi chiều nữa.",
                "Phòng học mới ấm hơn nhiều, mùa đông các em không phải học trong gió lùa.",
                "Các em mong mùa hè năm sau đoàn lại lên chơi.",
                "Cảm ơn các anh chị đã nhớ tới các em ở nơi xa xôi này.",
                "Năm nay không em nào phải nghỉ học giữa chừng.",
                "Nhờ có nước sạch, các em không còn phải xuống suối lấy nước nữa.");
        slots.put("n", () -> Integer.toString(5 + random.nextInt(150)));
        slots.put("members", () -> Integer.toString(4 + random.nextInt(12)));
        slots.put("km", () -> Integer.toString(3 + random.nextInt(15)));
        slots.put("hours", () -> Integer.toString(3 + random.nextInt(6)));
        slots.put("pupils", () -> Integer.toString(40 + random.nextInt(260)));
        slots.put("siblings", () -> Integer.toString(3 + random.nextInt(4)));
        slots.put("nth", () -> List.of("hai", "ba", "tư", "năm", "sáu").get(random.nextInt(5)));
        slots.put("money", () -> VietnameseFormat.number((5 + random.nextInt(400)) * 500_000L) + " đ");
        slots.put("month", () -> Integer.toString(1 + random.nextInt(12)));
        slots.put("day", () -> Integer.toString(1 + random.nextInt(28)));
    }

    private void list(String slot, String... values) {
        List<String> all = List.of(values);
        slots.put(slot, () -> Names.pick(all, random));
    }

    /** Sets a slot to a fixed value for the document being written (its school, its child …). */
    void set(String slot, String value) {
        slots.put(slot, () -> value);
    }

    void set(String slot, Supplier<String> value) {
        slots.put(slot, value);
    }

    Random random() {
        return random;
    }

    /** {@code template} with each {@code {slot}} filled. */
    String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            Supplier<String> value = slots.get(template.substring(open + 1, close));
            if (value == null) throw new IllegalStateException("no slot " + template.substring(open, close + 1));
            out.append(value.get());
            i = close + 1;
        }
        return out.toString();
    }

    /** One of {@code templates}, filled. */
    String any(List<String> templates) {
        return fill(Names.pick(templates, random));
    }

    /** Starts a new document: every template may be used again. */
    void newDocument() {
        used.clear();
    }

    /**
     * {@code count} different templates of {@code templates} (as many as there are when fewer), those
     * not yet used in this document first, filled, joined by spaces.
     */
    String sentences(List<String> templates, int count) {
        List<String> order = new ArrayList<>(templates);
        Collections.shuffle(order, random);
        order.sort(Comparator.comparing(used::contains));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(count, order.size()); i++) {
            if (i > 0) out.append(' ');
            used.add(order.get(i));
            out.append(fill(order.get(i)));
        }
        return out.toString();
    }

    static int bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * A body of {@code min} to {@code max} UTF-8 bytes, about {@code target}: blocks (each ending in a blank
     * line) are added while the body is shorter than the target; one that would pass {@code max} is taken
     * back, and short {@code fillers} (at most {@code max - min} bytes each) are added until {@code min}.
     */
    static String fill(int target, int min, int max, Supplier<String> block, Supplier<String> filler) {
        StringBuilder body = new StringBuilder();
        int size = 0;
        while (size < target) {
            String b = block.get();
            int n = bytes(b);
            if (size + n > max) break;
            body.append(b);
            size += n;
        }
        // one byte more than min: the blank line at the end becomes a single line end
        while (size < min + 1) {
            String f = filler.get();
            int n = bytes(f);
            if (size + n > max) continue;
            body.append(f);
            size += n;
        }
        // one line end at the end of the file, not a blank line
        while (body.length() > 1 && body.charAt(body.length() - 1) == '\n' && body.charAt(body.length() - 2) == '\n') {
            body.setLength(body.length() - 1);
        }
        return body.toString();
    }
}
