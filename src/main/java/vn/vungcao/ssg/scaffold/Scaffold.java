package vn.vungcao.ssg.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.render.Theme;
import vn.vungcao.ssg.source.SiteFiles;
import vn.vungcao.ssg.text.Slugs;

/**
 * Writes a new content file from the theme's archetype ({@code themes/<theme>/archetypes/<kind>.md},
 * the site's own first): correctly named, with today's date where it belongs. Never overwrites.
 */
public final class Scaffold {

    /** What can be created. */
    public enum Kind {
        NEWS, CHILD, SCHOOL, CAMPAIGN;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A file written, or the reason nothing was. */
    public sealed interface Result permits Written, Refused {
    }

    /** @param path the new file, relative to the site folder */
    public record Written(String path) implements Result {
    }

    public record Refused(String reason) implements Result {
    }

    private Scaffold() {
    }

    /**
     * Creates the file.
     *
     * @param name   the title (news, school, campaign) or the code (child)
     * @param school the school slug of a child, or null
     * @param today  the date in the site's time zone
     */
    public static Result create(Path site, SiteConfig config, Kind kind, String name, String school, LocalDate today)
            throws IOException {
        site = site.toAbsolutePath().normalize();
        SiteFiles files = new SiteFiles(site);
        String file;
        Map<String, String> values;
        switch (kind) {
            case CHILD -> {
                String code = name.strip().toUpperCase(Locale.ROOT);
                if (!code.matches("[A-Z0-9_-]+") || !config.childCodePattern().matcher(code).matches()) {
                    return new Refused("'" + SiteFiles.printable(name) + "' is not a child code of this site (like " + config.childCodeExample() + ").");
                }
                if (school == null || school.isBlank()) {
                    return new Refused("Give the child's school with --school, for example --school ban-on.");
                }
                if (!school.equals(Slugs.slug(school))) {
                    return new Refused("'" + SiteFiles.printable(school) + "' is not the name of a school file: write the part of"
                            + " its file name before .md, in lower case, for example --school ban-on.");
                }
                if (!files.isFile(site.resolve("content/schools/" + school + ".md"))) {
                    return new Refused("There is no school '" + school + "' (no file content/schools/" + school + ".md).");
                }
                file = "content/children/" + code + ".md";
                values = Map.of("code", code, "school", school, "date", today.toString());
            }
            default -> {
                String slug = Slugs.slug(name);
                if (slug.isEmpty()) return new Refused("The title '" + name + "' has no letters or digits to make a file name from.");
                String folder = switch (kind) {
                    case NEWS -> "content/news/" + today + "-";
                    case SCHOOL -> "content/schools/";
                    default -> "content/campaigns/";
                };
                file = folder + slug + ".md";
                values = Map.of("title", quote(name.strip()), "date", today.toString());
            }
        }
        Optional<String> archetype = archetype(site, config.theme(), kind);
        if (archetype.isEmpty()) return new Refused("The theme has no archetype for " + kind.key() + ".");
        String text = archetype.get();
        for (Map.Entry<String, String> v : values.entrySet()) text = text.replace("{{ " + v.getKey() + " }}", v.getValue());
        Path target = site.resolve(file);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return new Refused(file + " already exists; nothing was written.");
        for (Path folder = target.getParent(); !folder.equals(site); folder = folder.getParent()) {
            SiteFiles.Kind found = files.kind(folder);
            if (found != SiteFiles.Kind.FOLDER && found != SiteFiles.Kind.MISSING) {
                return new Refused(files.relative(folder) + " is a link or not a folder; nothing was written.");
            }
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return new Written(file);
    }

    /** A YAML double-quoted string. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\');
            if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    private static Optional<String> archetype(Path site, String theme, Kind kind) throws IOException {
        Path own = site.resolve("themes").resolve(theme).resolve("archetypes").resolve(kind.key() + ".md");
        if (new SiteFiles(site).isFile(own)) return Optional.of(Files.readString(own, StandardCharsets.UTF_8));
        for (String t : new String[] {theme, Theme.DEFAULT}) {
            try (InputStream in = Scaffold.class.getClassLoader().getResourceAsStream("themes/" + t + "/archetypes/" + kind.key() + ".md")) {
                if (in != null) return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
