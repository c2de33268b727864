package vn.vungcao.ssg.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.ledger.LedgerSettings;
import vn.vungcao.ssg.model.ContentModel;
import vn.vungcao.ssg.source.Document;
import vn.vungcao.ssg.source.FieldReader;
import vn.vungcao.ssg.source.FrontMatter;
import vn.vungcao.ssg.source.SiteFiles;
import vn.vungcao.ssg.source.SourceFile;
import vn.vungcao.ssg.source.SourceReader;
import vn.vungcao.ssg.source.YamlNode;
import vn.vungcao.ssg.source.YamlReader;
import vn.vungcao.ssg.text.UrlPolicy;

/** Reads and checks {@code site-config.yml}. */
public final class ConfigLoader {

    public static final String FILE = "site-config.yml";

    /** Every field a child file may have; the config chooses which of them are allowed. */
    public static final List<String> CHILD_FIELDS = ContentModel.CHILDREN.keys();

    /** The child fields allowed when the config does not say. */
    public static final List<String> DEFAULT_CHILD_FIELDS = CHILD_FIELDS;

    private static final List<String> KEYS = List.of("title", "description", "base_url", "language", "theme",
            "timezone", "news_per_page", "children", "nuoi_em_vnd", "contact", "bank", "ledger", "admin");
    private static final List<String> BANK_KEYS = List.of("name", "bin", "account", "holder");
    private static final List<String> CHILDREN_KEYS = List.of("code_pattern", "code_example", "allowed_fields", "share_photos");
    private static final List<String> CONTACT_KEYS = List.of("email", "phone", "zalo", "facebook", "messenger", "address");
    private static final List<String> LANGUAGES = List.of("vi", "en");

    private ConfigLoader() {
    }

    /** Reads the config of the site in {@code siteRoot}; problems are reported and give empty. */
    public static Optional<SiteConfig> load(Path siteRoot, SourceReader reader, YamlReader yaml, Diagnostics diagnostics) {
        Path file = siteRoot.resolve(FILE);
        SiteFiles files = new SiteFiles(siteRoot);
        if (files.kind(file) != SiteFiles.Kind.MISSING && !files.checkFile(file, diagnostics)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            diagnostics.error("config.missing", Position.ofFile(FILE), FILE, siteRoot.toAbsolutePath().normalize().getFileName());
            return Optional.empty();
        }
        Optional<SourceFile> source = reader.read(file, diagnostics);
        if (source.isEmpty()) return Optional.empty();
        Document document = FrontMatter.whole(source.get());
        Optional<YamlNode.Mapping> mapping = yaml.readMapping(document, diagnostics);
        if (mapping.isEmpty()) return Optional.empty();
        long before = diagnostics.errorCount();
        // the site's language words every message from here on, this file's own included
        mapping.get().entry("language").ifPresent(e -> {
            if (e.value() instanceof YamlNode.Scalar s && LANGUAGES.contains(s.text().strip())) diagnostics.language(s.text().strip());
        });
        FieldReader f = new FieldReader(mapping.get(), FILE, diagnostics);
        f.rejectUnknown(KEYS, "term.config");

        String title = f.text("title", true, "Vì trẻ em vùng cao Thanh Hóa").orElse("");
        String description = f.text("description", false, "...").orElse("");
        String baseUrl = f.text("base_url", true, "https://example.org/").flatMap(u -> baseUrl(u, f)).orElse("https://example.org/");
        String language = f.oneOf("language", false, LANGUAGES).orElse("vi");
        String theme = f.text("theme", false, "vungcao").orElse("vungcao");
        if (!theme.matches("[a-z0-9][a-z0-9_-]*")) {
            diagnostics.error("config.bad-theme", f.at("theme"), SiteFiles.printable(theme));
            theme = "vungcao";
        }
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        Optional<String> zoneName = f.text("timezone", false, "Asia/Ho_Chi_Minh");
        if (zoneName.isPresent()) {
            try {
                zone = ZoneId.of(zoneName.get());
            } catch (DateTimeException e) {
                diagnostics.error("config.bad-timezone", f.at("timezone"), zoneName.get());
            }
        }
        int perPage = f.integer("news_per_page", false, 1, 100, "10").orElse(10L).intValue();
        long nuoiEm = f.integer("nuoi_em_vnd", false, 1, 100_000_000, "160000").orElse(160_000L);

        Pattern codePattern = Pattern.compile("[A-Z]{2}-\\d{4}");
        String codeExample = "ML-0000";
        Position codeExampleAt = Position.ofFile(FILE);
        List<String> allowed = DEFAULT_CHILD_FIELDS;
        boolean sharePhotos = false;
        Optional<YamlNode.Mapping> children = f.mapping("children");
        if (children.isPresent()) {
            FieldReader c = new FieldReader(children.get(), FILE, diagnostics);
            c.rejectUnknown(CHILDREN_KEYS, "term.config-children");
            Optional<String> pattern = c.text("code_pattern", false, "'[A-Z]{2}-\\d{4}'");
            if (pattern.isPresent()) {
                CodePattern.Result compiled = CodePattern.compile(pattern.get());
                if (compiled.pattern() != null) {
                    codePattern = compiled.pattern();
                } else {
                    diagnostics.error(compiled.problem(), c.at("code_pattern"), compiled.args().toArray());
                }
            }
            codeExample = c.text("code_example", false, "ML-0000").orElse(codeExample);
            if (c.has("code_example")) codeExampleAt = c.at("code_example");
            if (!codePattern.matcher(codeExample).matches()) {
                diagnostics.error("config.bad-code-example", c.at("code_example"), codeExample);
            }
            if (c.has("allowed_fields")) {
                List<String> list = c.textList("allowed_fields", "[code, name, birth_year, school]");
                List<Position> where = c.itemPositions("allowed_fields");
                for (int i = 0; i < list.size(); i++) {
                    if (!CHILD_FIELDS.contains(list.get(i))) {
                        diagnostics.error("config.unknown-child-field", i < where.size() ? where.get(i) : c.at("allowed_fields"), list.get(i), CHILD_FIELDS);
                    }
                }
                for (String needed : List.of("code", "name")) {
                    if (!list.contains(needed)) {
                        diagnostics.error("config.child-field-needed", c.at("allowed_fields"), needed);
                    }
                }
                allowed = CHILD_FIELDS.stream().filter(list::contains).toList();
            }
            sharePhotos = c.bool("share_photos", false).orElse(false);
        }

        SiteConfig.Contact contact = new SiteConfig.Contact("", "", "", "", "", "");
        Optional<YamlNode.Mapping> contactMap = f.mapping("contact");
        if (contactMap.isPresent()) {
            FieldReader c = new FieldReader(contactMap.get(), FILE, diagnostics);
            c.rejectUnknown(CONTACT_KEYS, "term.config-contact");
            contact = new SiteConfig.Contact(
                    email(c, "email", diagnostics),
                    phone(c, "phone", diagnostics),
                    webAddress(c, "zalo", "https://zalo.me/0900000000", diagnostics),
                    webAddress(c, "facebook", "https://www.facebook.com/...", diagnostics),
                    webAddress(c, "messenger", "https://m.me/...", diagnostics),
                    c.text("address", false, "...").orElse(""));
        }
        SiteConfig.Bank bank = null;
        Optional<YamlNode.Mapping> bankMap = f.mapping("bank");
        if (bankMap.isPresent()) {
            FieldReader b = new FieldReader(bankMap.get(), FILE, diagnostics);
            b.rejectUnknown(BANK_KEYS, "term.config-bank");
            String name = b.text("name", true, "Vietcombank").orElse("");
            String bin = b.text("bin", true, "'970436'").orElse("");
            String account = b.text("account", true, "'0123456789'").orElse("").replace(" ", "");
            String holder = b.text("holder", true, "CLB VI TRE EM VUNG CAO").orElse("");
            if (!bin.isEmpty() && !bin.matches("\\d{6}")) {
                diagnostics.error("config.bad-bank", b.at("bin"), bin);
            }
            if (!account.isEmpty() && !account.matches("\\d{1,19}")) {
                diagnostics.error("config.bad-bank/account", b.at("account"), account);
            }
            bank = new SiteConfig.Bank(name, bin, account, holder);
        }
        LedgerSettings ledger = f.mapping("ledger")
                .map(m -> LedgerSettings.read(m, FILE, diagnostics))
                .orElse(LedgerSettings.defaults());
        AdminSettings admin = f.mapping("admin")
                .flatMap(m -> AdminSettings.read(m, FILE, diagnostics)).orElse(null);
        if (diagnostics.errorCount() > before) return Optional.empty();
        return Optional.of(new SiteConfig(title, description, baseUrl, language, theme, zone, perPage, codePattern,
                codeExample, codeExampleAt, allowed, sharePhotos, nuoiEm, contact, bank, ledger, admin));
    }

    /**
     * A contact address that every page links to: an absolute http(s) URL, as {@link UrlPolicy}
     * and the contact's nature require; anything else is an error at its line, and empty.
     */
    private static String webAddress(FieldReader c, String key, String example, Diagnostics diagnostics) {
        String url = c.text(key, false, example).orElse("").strip();
        if (url.isEmpty()) return "";
        Optional<String> scheme = UrlPolicy.scheme(url);
        if (scheme.isEmpty() || !(scheme.get().equals("https") || scheme.get().equals("http"))
                || !url.matches("(?i)https?://[^\\s<>\"'`]+")) {
            diagnostics.error("config.bad-url", c.at(key), UrlPolicy.shown(url), key, example);
            return "";
        }
        return url;
    }

    /** The club's e-mail address, printed in a {@code mailto:} link: one address, nothing else. */
    private static String email(FieldReader c, String key, Diagnostics diagnostics) {
        String email = c.text(key, false, "lienhe@example.org").orElse("").strip();
        if (email.isEmpty() || email.matches("[^\\s@<>\"'`:;,/\\\\?#&=]+@[^\\s@<>\"'`:;,/\\\\?#&=]+\\.[^\\s@<>\"'`:;,/\\\\?#&=]+")) {
            return email;
        }
        diagnostics.error("config.bad-email", c.at(key), SiteFiles.printable(email));
        return "";
    }

    /** The club's phone number, printed as text and in a {@code tel:} link: digits, spaces and + . - ( ). */
    private static String phone(FieldReader c, String key, Diagnostics diagnostics) {
        String phone = c.text(key, false, "0900 000 000").orElse("").strip();
        if (phone.isEmpty() || phone.matches("\\+?[0-9][0-9 .()-]{2,30}")) return phone;
        diagnostics.error("config.bad-phone", c.at(key), SiteFiles.printable(phone));
        return "";
    }

    private static Optional<String> baseUrl(String value, FieldReader f) {
        Optional<String> normalised = normaliseBaseUrl(value);
        if (normalised.isEmpty()) {
            f.diagnostics().error("config.bad-base-url", f.at("base_url"), SiteFiles.printable(value));
        }
        return normalised;
    }

    /** The URL with a trailing slash, if it is an absolute http(s) URL without query or fragment. */
    public static Optional<String> normaliseBaseUrl(String value) {
        try {
            URI uri = new URI(value.strip());
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (!path.endsWith("/")) path = path + "/";
            if (path.contains("//") || path.contains("/../") || path.contains("/./")) return Optional.empty();
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return Optional.of(uri.getScheme() + "://" + uri.getHost() + port + path);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
