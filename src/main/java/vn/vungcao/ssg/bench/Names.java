package vn.vungcao.ssg.bench;

import java.util.List;
import java.util.Random;

/**
 * Children's names as the highland districts of Thanh Hóa give them: Thái, Mông, Mường and Dao
 * family names, the middle word (Văn, Thị, A, Tài …) and given names of each people, with a few
 * Kinh names. A display name is most often the given name alone (what the club publishes), then two
 * words (a Mông boy's "A Páo", a compound given name such as "Ngọc Ánh"), and about a quarter of the
 * time the full name of three words, which draws the generator's {@code child.full-name} warning as
 * an editor's slip does.
 */
final class Names {

    /** One people: its family names, the middle words of boys and girls, and given names. */
    private record People(String name, List<String> families, List<String> boys, List<String> girls,
                          List<String> givenBoys, List<String> givenGirls) {
    }

    private static final People THAI = new People("Thái",
            List.of("Lò", "Lường", "Hà", "Vi", "Cầm", "Lương", "Ngân", "Phạm", "Lữ", "Mạc", "Hoàng"),
            List.of("Văn"), List.of("Thị"),
            List.of("Pọm", "Ón", "Khăm", "Pản", "Xiêng", "Piêng", "Nhất", "Quý", "Păn", "Khánh", "Tâm", "Ính", "Phiên", "Thoan"),
            List.of("Xuân", "Ánh", "Oanh", "Vui", "Tươi", "Sen", "Hoài", "Thảo", "Lả", "Ngọc", "Duyên", "Ên", "Hiền", "Pấng"));
    private static final People HMONG = new People("Mông",
            List.of("Giàng", "Thào", "Vàng", "Sùng", "Lầu", "Hờ", "Mùa", "Lý", "Hạng", "Cứ", "Vừ"),
            List.of("A", "Văn"), List.of("Thị", "Y"),
            List.of("Páo", "Dế", "Sính", "Chở", "Lử", "Pó", "Dình", "Tủa", "Chư", "Cở", "Khua", "Dợ", "Súa", "Nênh"),
            List.of("Chá", "Mỷ", "Dua", "Xá", "Di", "Mai", "Sua", "Nụ", "Say", "Ly", "Chua", "Mỉ", "Pàng", "Sở"));
    private static final People MUONG = new People("Mường",
            List.of("Bùi", "Đinh", "Quách", "Hà", "Phạm", "Trương", "Cao", "Lê", "Hoàng"),
            List.of("Văn", "Công"), List.of("Thị"),
            List.of("Tú", "Cường", "Hùng", "Tuấn", "Đạt", "Hòa", "Khoa", "Mạnh", "Thịnh", "Đức", "Toàn", "Dũng"),
            List.of("Nhung", "Thắm", "Điệp", "Huyền", "Linh", "Hiền", "Mơ", "Khuyên", "Trang", "Thương", "Nga", "Vân", "Thủy"));
    private static final People DAO = new People("Dao",
            List.of("Triệu", "Bàn", "Đặng", "Lý", "Chảo", "Phùng", "Tẩn"),
            List.of("Văn", "Tài", "Kim"), List.of("Thị", "Mùi"),
            List.of("Sinh", "Dụng", "Phấy", "Chòi", "Quyển", "Liều", "Tòn", "Vần", "Nhất", "Phin"),
            List.of("Mẩy", "Kiều", "Lai", "Muồn", "Thu", "Xuân", "Nái", "Dín", "Mai", "Chiêm"));
    private static final People KINH = new People("Kinh",
            List.of("Nguyễn", "Lê", "Trần", "Hoàng", "Phạm", "Đỗ"),
            List.of("Văn", "Đức", "Minh"), List.of("Thị", "Ngọc"),
            List.of("Đức", "An", "Bình", "Nam", "Long", "Hải"),
            List.of("Hoa", "Lan", "Mai", "Đào", "Vi", "Hương"));

    private static final List<String> COMPOUND = List.of("Ngọc", "Thu", "Minh", "Kim", "Hồng", "Xuân", "Thanh", "Bảo");

    private Names() {
    }

    /** The peoples of a district, by weight: Mông mostly in Mường Lát, Mường in Bá Thước, Thái everywhere. */
    private static People people(String district, Random random) {
        int r = random.nextInt(100);
        return switch (district) {
            case "Mường Lát" -> r < 50 ? THAI : r < 92 ? HMONG : r < 97 ? DAO : KINH;
            case "Quan Sơn" -> r < 78 ? THAI : r < 88 ? MUONG : r < 96 ? HMONG : KINH;
            case "Quan Hóa" -> r < 50 ? THAI : r < 85 ? MUONG : r < 93 ? HMONG : DAO;
            case "Bá Thước" -> r < 48 ? MUONG : r < 80 ? THAI : r < 95 ? DAO : HMONG;
            case "Lang Chánh" -> r < 58 ? THAI : r < 93 ? MUONG : KINH;
            default -> r < 60 ? THAI : r < 82 ? MUONG : KINH;
        };
    }

    /** A child's name: the display name written in the file, and the given name a story calls the child by. */
    record Name(String display, String given, String people) {
    }

    static Name child(String district, Random random) {
        People p = people(district, random);
        boolean girl = random.nextBoolean();
        String given = pick(girl ? p.givenGirls() : p.givenBoys(), random);
        int r = random.nextInt(100);
        String display;
        if (r < 25) {
            display = pick(p.families(), random) + " " + pick(girl ? p.girls() : p.boys(), random) + " " + given;
        } else if (r < 45) {
            display = p == HMONG && !girl ? "A " + given : pick(COMPOUND, random) + " " + given;
        } else {
            display = given;
        }
        return new Name(display, given, p.name());
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
