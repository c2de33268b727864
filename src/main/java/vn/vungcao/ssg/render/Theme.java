package vn.vungcao.ssg.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import vn.vungcao.ssg.i18n.UiText;
import vn.vungcao.ssg.route.Routes;
import vn.vungcao.ssg.search.SearchData;
import vn.vungcao.ssg.source.SiteFiles;
import vn.vungcao.ssg.text.Json;
import vn.vungcao.ssg.text.VietnameseFormat;

/**
 * The Pebble templates of a theme. A template is looked up in the site's own
 * {@code themes/<theme>/templates/}, then in the theme carried by the generator, then in the
 * default theme, so a site overrides the theme template by template. Autoescaping and strict
 * variables are on. One instance per build; rendering is thread-safe.
 */
public final class Theme {

    public static final String DEFAULT = "vungcao";

    private final PebbleEngine engine;
    private final TemplateSources sources;
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    private final String textFingerprint;

    /**
     * @param text     the theme's words by language code
     * @param language the site's language; a page whose context has {@code lang} is in that one instead
     */
    public Theme(Path siteRoot, String name, Routes routes, Assets assets, Map<String, UiText> text, String language) {
        List<String> carried = new ArrayList<>();
        for (String theme : name.equals(DEFAULT) ? List.of(name) : List.of(name, DEFAULT)) carried.add("themes/" + theme + "/templates");
        this.sources = new TemplateSources(siteRoot.resolve("themes").resolve(name).resolve("templates"),
                new SiteFiles(siteRoot), carried);
        this.engine = new PebbleEngine.Builder()
                .loader(sources)
                .autoEscaping(true)
                .addEscapingStrategy("html", HtmlText::escape)
                .strictVariables(true)
                .newLineTrimming(true)
                .defaultLocale(Locale.ROOT)
                .extension(new SiteExtension(routes, assets, text, language))
                .build();
        this.textFingerprint = language + "\0" + new TreeMap<>(text).toString();
    }

    private static final List<String> USING = List.of("extends", "include", "import", "embed", "from");

    /**
     * The names of the templates {@code source} extends, includes or imports, in order: what the
     * regular expression {@code \{%-?\s*(?:extends|include|import|embed|from)\s+["']([^"']+)["']}
     * finds, found without one (which a new JVM runs interpreted over every template's text)
     * (package-visible for the test that compares the two).
     */
    static List<String> usedNames(String source) {
        List<String> names = new ArrayList<>();
        int from = 0;
        for (int at = source.indexOf("{%", from); at >= 0; at = source.indexOf("{%", from)) {
            int i = at + 2;
            if (i < source.length() && source.charAt(i) == '-') i++;
            while (i < source.length() && space(source.charAt(i))) i++;
            int end = -1;
            for (String word : USING) {
                if (!source.startsWith(word, i)) continue;
                int j = i + word.length();
                int k = j;
                while (k < source.length() && space(source.charAt(k))) k++;
                if (k == j || k >= source.length() || !quote(source.charAt(k))) continue;
                int nameStart = k + 1;
                int nameEnd = nameStart;
                while (nameEnd < source.length() && !quote(source.charAt(nameEnd))) nameEnd++;
                if (nameEnd == nameStart || nameEnd >= source.length()) continue;
                names.add(source.substring(nameStart, nameEnd));
                end = nameEnd + 1;
                break;
            }
            from = end >= 0 ? end : at + 1;
        }
        return names;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean quote(char c) {
        return c == '"' || c == '\'';
    }

    /**
     * A hash of the template's source, of every template it extends, includes or imports, and of
     * the theme's words, so that a page is rendered again exactly when one of them changes.
     */
    public String fingerprint(String template) {
        return fingerprints.computeIfAbsent(template, t -> {
            StringBuilder all = new StringBuilder(textFingerprint).append('\0');
            Set<String> seen = new TreeSet<>();
            ArrayDeque<String> todo = new ArrayDeque<>(List.of(t));
            while (!todo.isEmpty()) {
                String next = todo.pop();
                if (!seen.add(next)) continue;
                String source = source(next);
                all.append(next).append('\0').append(source).append('\0');
                for (String used : usedNames(source)) {
                    // a name like "./card" is read against the template that names it, as Pebble does
                    String resolved = sources.resolveRelativePath(used, next);
                    todo.push(resolved != null ? resolved : used);
                }
            }
            return SearchData.hash(List.of(all.toString().getBytes(StandardCharsets.UTF_8)));
        });
    }

    private String source(String template) {
        return sources.text(template).orElse("");
    }

    /** Renders {@code template} (a name without {@code .peb}) with {@code context}. */
    public String render(String template, Map<String, Object> context) throws TemplateProblem {
        return renderInto(template, context).text();
    }

    /**
     * As {@link #render(String, Map)}, as UTF-8 bytes. The text is written into a buffer each thread
     * keeps for this theme and encoded from there, so a page costs one copy of itself.
     */
    public byte[] renderBytes(String template, Map<String, Object> context) throws TemplateProblem {
        return renderInto(template, context).utf8();
    }

    private final ThreadLocal<TextBuffer> buffers = ThreadLocal.withInitial(TextBuffer::new);

    private TextBuffer renderInto(String template, Map<String, Object> context) throws TemplateProblem {
        try {
            PebbleTemplate t = engine.getTemplate(template);
            TextBuffer out = buffers.get();
            out.clear();
            t.evaluate(out, context);
            return out;
        } catch (PebbleException e) {
            throw new TemplateProblem(e.getFileName() == null ? template : e.getFileName(),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getPebbleMessage());
        } catch (IOException e) {
            throw new TemplateProblem(template, 0, "could not be read");
        }
    }

    /** A template that failed to render, with its file and line. */
    public static final class TemplateProblem extends Exception {
        private final String template;
        private final int line;

        public TemplateProblem(String template, int line, String message) {
            super(message);
            this.template = template;
            this.line = line;
        }

        public String template() {
            return template;
        }

        public int line() {
            return line;
        }
    }

    /**
     * {@code url('tin-tuc/')}, {@code absUrl(...)}, {@code asset('css/site.css')} (the fingerprinted
     * file), {@code t('key', args…)} (the theme's words in the page's language), and the filters
     * {@code longdate}, {@code monthyear}, {@code isodate}, {@code money}, {@code number}, which
     * follow the page's language ({@code vndate}, {@code vnmonth}, {@code vnd}, {@code vnnumber}
     * are their older names).
     */
    private static final class SiteExtension extends AbstractExtension {
        private final Routes routes;
        private final Assets assets;
        private final Map<String, UiText> text;
        private final String language;
        /** The scripts' words as JSON, made once per language per build. */
        private final Map<String, String> scriptTexts = new ConcurrentHashMap<>();

        SiteExtension(Routes routes, Assets assets, Map<String, UiText> text, String language) {
            this.routes = routes;
            this.assets = assets;
            this.text = text;
            this.language = language;
        }

        /** The words of the page being rendered: its {@code lang} variable, else the site's language. */
        UiText of(EvaluationContext context) {
            Object lang = context.getVariable("lang");
            UiText t = lang == null ? null : text.get(lang.toString());
            return t != null ? t : text.get(language);
        }

        @Override
        public Map<String, Function> getFunctions() {
            return Map.of("url", new PathFunction(routes, null, false), "absUrl", new PathFunction(routes, null, true),
                    "asset", new PathFunction(routes, assets, false), "t", new TextFunction(this),
                    "scriptText", new ScriptTextFunction(this));
        }

        @Override
        public Map<String, Filter> getFilters() {
            FormatFilter date = new FormatFilter(this, (t, v) -> t.date((TemporalAccessor) v));
            FormatFilter month = new FormatFilter(this, (t, v) -> t.month((TemporalAccessor) v));
            FormatFilter money = new FormatFilter(this, (t, v) -> t.money(((Number) v).longValue()));
            FormatFilter number = new FormatFilter(this, (t, v) -> t.number(((Number) v).longValue()));
            return Map.of(
                    "longdate", date, "vndate", date,
                    "monthyear", month, "vnmonth", month,
                    "money", money, "vnd", money,
                    "number", number, "vnnumber", number,
                    "isodate", new FormatFilter(this, (t, v) -> VietnameseFormat.isoDate((TemporalAccessor) v)));
        }
    }

    /**
     * {@code scriptText()}: the words of the group {@code js} in the page's language, as a JSON
     * object for the scripts ({@code vungcaoCore.t}), safe inside a script element.
     */
    private record ScriptTextFunction(SiteExtension extension) implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            UiText text = extension.of(context);
            return new SafeString(
                    extension.scriptTexts.computeIfAbsent(text.language(), l -> scriptText(text)));
        }

        private static String scriptText(UiText text) {
            Map<String, String> js = new TreeMap<>();
            text.strings().forEach((k, v) -> {
                if (k.startsWith("js.")) js.put(k.substring(3), v);
            });
            return Json.forScript(js);
        }
    }


    /** {@code t('menu.news')}, {@code t('home.waiting', n)}: positional arguments fill {0}, {1}… */
    private record TextFunction(SiteExtension extension) implements Function {
        @Override
        public List<String> getArgumentNames() {
            return null;
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object[] rest = new Object[Math.max(0, args.size() - 1)];
            for (int i = 0; i < rest.length; i++) rest[i] = args.get(Integer.toString(i + 1));
            return extension.of(context).get(String.valueOf(args.get("0")), rest);
        }
    }

    private record PathFunction(Routes routes, Assets assets, boolean absolute) implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("path");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            String path = String.valueOf(args.get("path"));
            if (assets != null) path = assets.path(path);
            return absolute ? routes.absolute(path) : routes.url(path);
        }
    }

    private record FormatFilter(SiteExtension extension, BiFunction<UiText, Object, String> format)
            implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int line) {
            return input == null ? "" : format.apply(extension.of(context), input);
        }
    }
}
