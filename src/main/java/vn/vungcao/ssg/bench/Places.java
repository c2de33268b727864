package vn.vungcao.ssg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import vn.vungcao.ssg.text.Slugs;

/**
 * The highland districts of Thanh Hóa where the club works, their communes, and the names of
 * villages (bản) to put school sites in. Each district gives its children's codes a prefix.
 */
final class Places {

    /** A district, the prefix of its children's codes and some of its communes. */
    record District(String name, String prefix, List<String> communes) {
    }

    static final List<District> DISTRICTS = List.of(
            new District("Mường Lát", "ML", List.of("Tam Chung", "Pù Nhi", "Nhi Sơn", "Mường Lý", "Trung Lý", "Mường Chanh", "Quang Chiểu")),
            new District("Quan Sơn", "QS", List.of("Na Mèo", "Sơn Điện", "Sơn Thủy", "Mường Mìn", "Tam Thanh", "Tam Lư", "Trung Xuân")),
            new District("Quan Hóa", "QH", List.of("Trung Sơn", "Phú Lệ", "Phú Sơn", "Thiên Phủ", "Hiền Kiệt", "Nam Xuân")),
            new District("Bá Thước", "BT", List.of("Lũng Cao", "Cổ Lũng", "Thành Sơn", "Lũng Niêm", "Ban Công", "Điền Quang")),
            new District("Lang Chánh", "LC", List.of("Yên Khương", "Yên Thắng", "Giao Thiện", "Tam Văn", "Trí Nang")),
            new District("Thường Xuân", "TX", List.of("Bát Mọt", "Yên Nhân", "Xuân Lẹ", "Vạn Xuân")));

    private static final List<String> VILLAGES = List.of("Ón", "Pù Quăn", "Sài Khao", "Cá Nọi", "Ché Lầu", "Xa Lung",
            "Lát", "Poọng", "Hua Chăn", "Mùa Xuân", "Piềng Mòn", "Na Hào", "Son", "Bá", "Chiềng", "Ngàm", "Mỏ", "Hiền",
            "Xia Nứa", "Tài Chánh", "Pá Quăn", "Pom Khuông", "Na Pọng", "Sa Ná", "Muống", "Lũng", "Co Cài", "Kham",
            "Nàng", "Cốc", "Sáng", "Tông", "Phe", "Pặt", "Suối Tút", "Đông Tâm", "Khằm", "Năng Cát", "Mường Ca", "Chim",
            "Hát", "Tân Lập", "Cánh Cộng", "Lầu", "Buốc", "Ẳng", "Ngàm Pốc", "Chả Khốt", "Pù Toong", "Tà Cóm", "Kéo Té",
            "Nà Ón", "Pha Đén", "Hang Trung", "Yên Lý");

    /** A school site: its slug, name, village, commune and district. */
    record Site(String slug, String name, String village, String commune, District district) {
    }

    private Places() {
    }

    /** A district by weight: the club works most in Mường Lát and Quan Sơn. */
    private static District district(Random random) {
        int r = random.nextInt(100);
        return DISTRICTS.get(r < 35 ? 0 : r < 60 ? 1 : r < 75 ? 2 : r < 85 ? 3 : r < 95 ? 4 : 5);
    }

    /** {@code count} school sites in distinct villages (numbered once the villages run out), in a seeded order. */
    static List<Site> sites(int count, Random random) {
        List<String> villages = new ArrayList<>(VILLAGES);
        Collections.shuffle(villages, random);
        List<Site> sites = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        // the club's first school site: bản Ón, xã Tam Chung, Mường Lát
        villages.remove("Ón");
        villages.add(0, "Ón");
        for (int i = 0; i < count; i++) {
            String village = "bản " + villages.get(i % villages.size()) + (i >= villages.size() ? " " + (1 + i / villages.size()) : "");
            District d = i == 0 ? DISTRICTS.get(0) : district(random);
            String commune = i == 0 ? "Tam Chung" : Names.pick(d.communes(), random);
            String slug = Slugs.slug(village);
            while (!slugs.add(slug)) slug = slug + "-" + d.prefix().toLowerCase(Locale.ROOT);
            sites.add(new Site(slug, "Điểm trường " + village, village, commune, d));
        }
        return sites;
    }
}
