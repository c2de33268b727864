package vn.vungcao.ssg.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The content model: each kind of file under {@code content/}, its folder, and every front-matter
 * field it may carry, with its type, whether it is required, its allowed values and what it refers
 * to. One description for everyone who reads or writes the files: {@code ContentLoader} takes the
 * fields it accepts from here, and the form editor at {@code /admin/} is generated from it, so a
 * field added here is both accepted and offered. Labels and hints are the editors' words, in
 * Vietnamese. Immutable and thread-safe.
 */
public final class ContentModel {

    /** The folder of the site that holds the content files. */
    public static final String CONTENT = "content";


    /** How a field's value is written, as {@link vn.vungcao.ssg.source.FieldReader} reads it. */
    public enum Type {
        /** One line of text. */
        TEXT,
        /** Text that may run over several lines (a summary). */
        PARAGRAPH,
        /** A calendar date, {@code YYYY-MM-DD}. */
        DATE,
        /** A date with an optional time, {@code YYYY-MM-DD HH:mm}, in the site's time zone. */
        DATE_TIME,
        /** A whole number between {@link Field#min()} and {@link Field#max()}. */
        INTEGER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One of {@link Field#choices()}. */
        CHOICE,
        /** A list of texts. */
        TEXT_LIST,
        /** The slug (file name) of an item of the kind named by {@link Field#reference()}. */
        REFERENCE,
        /** The site path of an image under {@code content/}: {@code /images/x.jpg}. */
        IMAGE,
        /** A list of such image paths. */
        IMAGE_LIST
    }

    /** An allowed value of a {@link Type#CHOICE} field, as written, and its words for editors. */
    public record Choice(String value, String label) {
    }

    /**
     * One front-matter field.
     *
     * @param name      the key as written in front matter
     * @param label     its name for editors
     * @param hint      a short help text for editors, or null
     * @param type      how its value is written
     * @param required  whether every file of its kind must have it
     * @param choices   the allowed values of a {@link Type#CHOICE} field, else empty
     * @param reference the {@link Kind#name()} a {@link Type#REFERENCE} refers to, else null
     * @param min       the smallest value of an {@link Type#INTEGER}, else null
     * @param max       the largest value of an {@link Type#INTEGER}, else null
     */
    public record Field(String name, String label, String hint, Type type, boolean required, List<Choice> choices,
                        String reference, Long min, Long max) {

        public Field {
            choices = List.copyOf(choices);
            if ((type == Type.CHOICE) == choices.isEmpty()) throw new IllegalArgumentException(name + ": choices are for CHOICE fields");
            if ((type == Type.REFERENCE) == (reference == null)) throw new IllegalArgumentException(name + ": a reference is for REFERENCE fields");
            if ((type == Type.INTEGER) == (min == null || max == null)) throw new IllegalArgumentException(name + ": bounds are for INTEGER fields");
        }

        static Field of(String name, String label, Type type) {
            return new Field(name, label, null, type, false, List.of(), null, null, null);
        }

        static Field integer(String name, String label, long min, long max) {
            return new Field(name, label, null, Type.INTEGER, false, List.of(), null, min, max);
        }

        static Field reference(String name, String label, String kind) {
            return new Field(name, label, null, Type.REFERENCE, false, List.of(), kind, null, null);
        }

        static <E extends Enum<E>> Field choice(String name, String label, E[] values, Function<E, String> key,
                                                Function<E, String> words) {
            List<Choice> choices = Arrays.stream(values).map(v -> new Choice(key.apply(v), words.apply(v))).toList();
            return new Field(name, label, null, Type.CHOICE, false, choices, null, null, null);
        }

        /** This field, required. */
        Field asRequired() {
            return new Field(name, label, hint, type, true, choices, reference, min, max);
        }

        /** This field with a help text for editors. */
        Field withHint(String text) {
            return new Field(name, label, text, type, required, choices, reference, min, max);
        }

        /** The allowed values as written, in order (empty unless a {@link Type#CHOICE}). */
        public List<String> values() {
            return choices.stream().map(Choice::value).toList();
        }
    }

    /** The Markdown after the front matter: its name for editors, and whether it may be empty. */
    public record Body(String label, boolean required) {
    }

    /**
     * One kind of content file.
     *
     * @param name       the kind's name, as references name it ({@code schools})
     * @param folder     the folder its files are in, from the repository's root ({@code content/schools})
     * @param label      its name for editors, as a list ("Trường")
     * @param singular   one item, for editors ("Trường")
     * @param identifier the field that names an item in lists
     * @param fields     its front-matter fields, in the order editors see them
     * @param body       its Markdown body
     */
    public record Kind(String name, String folder, String label, String singular, String identifier, List<Field> fields,
                       Body body) {

        public Kind {
            fields = List.copyOf(fields);
            if (fields.stream().map(Field::name).distinct().count() != fields.size()) throw new IllegalArgumentException(name + ": a field twice");
            if (fields.stream().noneMatch(f -> f.name().equals(identifier))) throw new IllegalArgumentException(name + ": no " + identifier);
        }

        /** The front-matter keys, in order: what a file of this kind may carry. */
        public List<String> keys() {
            return fields.stream().map(Field::name).toList();
        }

        public Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }
    }

    private static final String IMAGE_HINT = "Ảnh tải lên nằm trong content/images/; ảnh có vị trí GPS sẽ bị từ chối.";

    public static final Kind NEWS = new Kind("news", CONTENT + "/news", "Tin tức", "Tin", "title", List.of(
            Field.of("title", "Tiêu đề", Type.TEXT).asRequired(),
            Field.of("date", "Ngày đăng", Type.DATE_TIME).asRequired()
                    .withHint("Tin có ngày trong tương lai chỉ hiện lên trang từ ngày đó."),
            Field.of("summary", "Tóm tắt", Type.PARAGRAPH).withHint("Một hai câu, hiện trong danh sách tin và khi chia sẻ."),
            Field.of("tags", "Thẻ", Type.TEXT_LIST).withHint("Các thẻ cách nhau bằng dấu phẩy."),
            Field.reference("campaign", "Chiến dịch", "campaigns"),
            Field.reference("school", "Trường", "schools"),
            Field.of("cover", "Ảnh bìa", Type.IMAGE).withHint(IMAGE_HINT),
            Field.of("draft", "Bản nháp", Type.BOOLEAN).withHint("Bản nháp không được đăng lên trang.")),
            new Body("Nội dung", false));

    public static final Kind SCHOOLS = new Kind("schools", CONTENT + "/schools", "Trường", "Trường", "name", List.of(
            Field.of("name", "Tên điểm trường", Type.TEXT).asRequired(),
            Field.of("district", "Huyện", Type.TEXT).asRequired(),
            Field.of("commune", "Xã", Type.TEXT),
            Field.of("village", "Bản", Type.TEXT),
            Field.choice("status", "Tình trạng", SchoolStatus.values(), SchoolStatus::key, SchoolStatus::label),
            Field.integer("classrooms", "Số phòng học", 0, 1000),
            Field.integer("budget_vnd", "Kinh phí (đồng)", 0, Long.MAX_VALUE),
            Field.of("started", "Ngày khởi công", Type.DATE),
            Field.of("completed", "Ngày khánh thành", Type.DATE),
            Field.of("cover", "Ảnh bìa", Type.IMAGE).withHint(IMAGE_HINT),
            Field.of("gallery", "Bộ ảnh", Type.IMAGE_LIST).withHint(IMAGE_HINT)),
            new Body("Giới thiệu", false));

    public static final Kind CHILDREN = new Kind("children", CONTENT + "/children", "Các em", "Em", "code", List.of(
            Field.of("code", "Mã số", Type.TEXT).asRequired()
                    .withHint("Tên tệp là mã số; viết hoa, có gạch nối và đủ chữ số."),
            Field.of("name", "Tên gọi", Type.TEXT).asRequired()
                    .withHint("Chỉ tên gọi của em (ví dụ: Mai), không bao giờ ghi họ và tên đầy đủ."),
            Field.integer("birth_year", "Năm sinh", 1990, 2100),
            Field.reference("school", "Trường", "schools"),
            Field.integer("grade", "Lớp", 0, 12),
            Field.choice("status", "Tình trạng", ChildStatus.values(), ChildStatus::key, ChildStatus::label)
                    .withHint("Em đã có người nuôi không hiện trong danh sách nào; chỉ tìm được bằng mã số."),
            Field.of("sponsored_since", "Được nuôi từ ngày", Type.DATE),
            Field.of("photo", "Ảnh", Type.IMAGE)
                    .withHint("Ảnh không được có vị trí GPS; không chụp cảnh nhận ra được nhà hay bản của em.")),
            new Body("Vài dòng về em", false));

    public static final Kind CAMPAIGNS = new Kind("campaigns", CONTENT + "/campaigns", "Chiến dịch", "Chiến dịch", "title", List.of(
            Field.of("title", "Tên chiến dịch", Type.TEXT).asRequired(),
            Field.of("summary", "Tóm tắt", Type.PARAGRAPH),
            Field.integer("goal_vnd", "Mục tiêu (đồng)", 0, Long.MAX_VALUE),
            Field.integer("raised_vnd", "Tổng đã quyên góp, để đối chiếu (đồng)", 0, Long.MAX_VALUE)
                    .withHint("Không bắt buộc. Trang tự cộng tiền vào tài khoản theo sao kê với khoản nhận ngoài tài khoản; "
                            + "nếu ghi, số này phải bằng tổng đó, sai thì bản kiểm tra cảnh báo."),
            Field.integer("received_elsewhere_vnd", "Nhận ngoài tài khoản (đồng)", 0, Long.MAX_VALUE)
                    .withHint("Tiền không có trong sao kê của tài khoản câu lạc bộ: tiền mặt, tài khoản khác. Được cộng vào số đã quyên góp."),
            Field.of("received_elsewhere_note", "Nguồn của khoản nhận ngoài tài khoản", Type.TEXT)
                    .withHint("Hiện trên trang chiến dịch, ví dụ: Tiền mặt quyên góp tại đêm nhạc ngày 14/6/2025."),
            Field.of("start", "Ngày bắt đầu", Type.DATE),
            Field.of("end", "Ngày kết thúc", Type.DATE),
            Field.choice("status", "Tình trạng", CampaignStatus.values(), CampaignStatus::key, CampaignStatus::label),
            Field.reference("school", "Trường", "schools"),
            Field.of("cover", "Ảnh bìa", Type.IMAGE).withHint(IMAGE_HINT),
            Field.of("keywords", "Từ khóa trong sao kê", Type.TEXT_LIST)
                    .withHint("Nội dung chuyển khoản có một từ khóa này thì được tính vào chiến dịch (ví dụ: TRUNG LY).")),
            new Body("Nội dung", false));

    public static final Kind PAGES = new Kind("pages", CONTENT + "/pages", "Trang", "Trang", "title", List.of(
            Field.of("title", "Tiêu đề", Type.TEXT).asRequired(),
            Field.of("summary", "Tóm tắt", Type.PARAGRAPH),
            Field.integer("menu", "Thứ tự trên thanh menu", 0, 1000).withHint("Bỏ trống nếu trang không có trên menu.")),
            new Body("Nội dung", false));

    public static final Kind FAQ = new Kind("faq", CONTENT + "/faq", "Hỏi đáp", "Câu hỏi", "question", List.of(
            Field.of("question", "Câu hỏi", Type.TEXT).asRequired(),
            Field.of("also", "Cách hỏi khác", Type.TEXT_LIST).withHint("Những cách người đọc có thể hỏi cùng một ý, cách nhau bằng dấu phẩy."),
            Field.of("tags", "Thẻ", Type.TEXT_LIST)),
            new Body("Câu trả lời", true));

    /** Every kind, in the order editors see them. The ledger is not here: its files are the bank's. */
    public static final List<Kind> KINDS = List.of(NEWS, CHILDREN, SCHOOLS, CAMPAIGNS, PAGES, FAQ);

    private ContentModel() {
    }

    /** The kind called {@code name}. */
    public static Optional<Kind> kind(String name) {
        return KINDS.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** Every reference in the model points at a kind of the model: checked once, at class load. */
    static {
        List<String> broken = new ArrayList<>();
        for (Kind k : KINDS) {
            for (Field f : k.fields()) {
                if (f.reference() != null && kind(f.reference()).isEmpty()) broken.add(k.name() + "." + f.name());
            }
        }
        if (!broken.isEmpty()) throw new IllegalStateException("references to no kind: " + broken);
    }
}
