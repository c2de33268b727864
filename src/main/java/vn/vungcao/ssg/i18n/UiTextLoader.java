package vn.vungcao.ssg.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.render.Theme;
import vn.vungcao.ssg.source.FrontMatter;
import vn.vungcao.ssg.source.SiteFiles;
import vn.vungcao.ssg.source.SourceFile;
import vn.vungcao.ssg.source.SourceReader;
import vn.vungcao.ssg.source.YamlNode;
import vn.vungcao.ssg.source.YamlReader;

/**
 * Reads a theme's words: {@code i18n/<language>.yml} of the default theme, of the site's theme as
 * the generator carries it, then of the site's own {@code themes/<theme>/i18n/}, each overriding
 * key by key. A key missing in English falls back to the Vietnamese text. Nested keys are joined
 * with dots ({@code menu: {news: …}} is {@code menu.news}).
 */
public final class UiTextLoader {

    /** The languages a site and its pages may be in; the first is the default. */
    public static final List<String> LANGUAGES = List.of("vi", "en");

    private UiTextLoader() {
    }

    /** The words of every language, by language code. */
    public static Map<String, UiText> loadAll(Path siteRoot, String theme, Diagnostics diagnostics) {
        return loadAll(siteRoot, theme, new YamlReader(), diagnostics);
    }

    /** As {@link #loadAll(Path, String, Diagnostics)}, reading the files' YAML with {@code yaml}. */
    public static Map<String, UiText> loadAll(Path siteRoot, String theme, YamlReader yaml, Diagnostics diagnostics) {
        Map<String, UiText> all = new LinkedHashMap<>();
        Map<String, String> vi = strings(siteRoot, theme, "vi", yaml, diagnostics);
        for (String language : LANGUAGES) {
            Map<String, String> strings = new LinkedHashMap<>(vi);
            if (!language.equals("vi")) strings.putAll(strings(siteRoot, theme, language, yaml, diagnostics));
            all.put(language, new UiText(language, strings));
        }
        return Map.copyOf(all);
    }

    private static Map<String, String> strings(Path siteRoot, String theme, String language, YamlReader yaml,
                                               Diagnostics diagnostics) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = "i18n/" + language + ".yml";
        for (String t : theme.equals(Theme.DEFAULT) ? List.of(theme) : List.of(Theme.DEFAULT, theme)) {
            resource("themes/" + t + "/" + name).ifPresent(text ->
                    read(new SourceFile("themes/" + t + "/" + name, null, SourceReader.normalise(text)), yaml, out, diagnostics));
        }
        Path own = siteRoot.resolve("themes").resolve(theme).resolve(name);
        if (new SiteFiles(siteRoot).isFile(own)) {
            new SourceReader(siteRoot).read(own, diagnostics).ifPresent(file -> read(file, yaml, out, diagnostics));
        }
        return out;
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = UiTextLoader.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void read(SourceFile file, YamlReader yaml, Map<String, String> into, Diagnostics diagnostics) {
        yaml.readMapping(FrontMatter.whole(file), diagnostics).ifPresent(m -> flatten("", m, file, into, diagnostics));
    }

    private static void flatten(String prefix, YamlNode.Mapping mapping, SourceFile file, Map<String, String> into,
                                Diagnostics diagnostics) {
        for (YamlNode.Entry e : mapping.entries()) {
            String key = prefix + e.key();
            if (e.value() instanceof YamlNode.Mapping m) {
                flatten(key + ".", m, file, into, diagnostics);
            } else if (e.value() instanceof YamlNode.Scalar s) {
                into.put(key, s.text());
            } else {
                diagnostics.error("theme.bad-text", e.keyPosition(), key);
            }
        }
    }
}
