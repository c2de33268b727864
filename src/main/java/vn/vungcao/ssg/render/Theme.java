package vn.vungcao.ssg.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final List<java.util.function.Function<String, String>> sources = new ArrayList<>();
    private final Map<String, String> fingerprints = new java.util.concurrent.ConcurrentHashMap<>();

    public Theme(Path siteRoot, String name, Routes routes, Assets assets) {
        List<Loader<?>> loaders = new ArrayList<>();
        Path own = siteRoot.resolve("themes").resolve(name).resolve("templates");
        if (Files.isDirectory(own)) loaders.add(withSuffix(new FileLoader(own.toAbsolutePath().toString())));
        sources.add(t -> {
            Path f = own.resolve(t + ".peb");
            try {
                return Files.isRegularFile(f) ? Files.readString(f) : null;
            } catch (IOException e) {
                return null;
            }
        });
        for (String theme : name.equals(DEFAULT) ? List.of(name) : List.of(name, DEFAULT)) {
            sources.add(t -> {
                try (var in = Theme.class.getClassLoader().getResourceAsStream("themes/" + theme + "/templates/" + t + ".peb")) {
                    return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return null;
                }
            });
        }
        loaders.add(withSuffix(classpath("themes/" + name + "/templates")));
        if (!name.equals(DEFAULT)) loaders.add(withSuffix(classpath("themes/" + DEFAULT + "/templates")));
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .defaultLocale(java.util.Locale.ROOT)
                .extension(new SiteExtension(routes, assets))
                .build();
    }

    private static ClasspathLoader classpath(String prefix) {
        ClasspathLoader loader = new ClasspathLoader(Theme.class.getClassLoader());
        loader.setPrefix(prefix);
        return loader;
    }

    private static <T extends Loader<?>> T withSuffix(T loader) {
        loader.setSuffix(".peb");
        loader.setCharset("UTF-8");
        return loader;
    }

    private static final java.util.regex.Pattern USES = java.util.regex.Pattern.compile(
            "\\{%-?\\s*(?:extends|include|import|embed)\\s+[\"']([^\"']+)[\"']");

    /**
     * A hash of the template's source and of every template it extends, includes or imports, so
     * that a page is rendered again exactly when one of them changes.
     */
    public String fingerprint(String template) {
        return fingerprints.computeIfAbsent(template, t -> {
            StringBuilder all = new StringBuilder();
            java.util.Set<String> seen = new java.util.TreeSet<>();
            java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(t));
            while (!todo.isEmpty()) {
                String next = todo.pop();
                if (!seen.add(next)) continue;
                String source = source(next);
                all.append(next).append('\0').append(source).append('\0');
                java.util.regex.Matcher m = USES.matcher(source);
                while (m.find()) todo.push(m.group(1));
            }
            return vn.vungcao.ssg.search.SearchData.hash(List.of(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        });
    }

    private String source(String template) {
        for (var s : sources) {
            String text = s.apply(template);
            if (text != null) return text;
        }
        return "";
    }

    /** Renders {@code template} (a name without {@code .peb}) with {@code context}. */
    public String render(String template, Map<String, Object> context) throws TemplateProblem {
        return renderInto(template, context).toString();
    }

    /**
     * As {@link #render(String, Map)}, as UTF-8 bytes. The text is written into a buffer each thread
     * keeps for this theme, so a page costs one copy of itself rather than a buffer grown by doubling.
     */
    public byte[] renderBytes(String template, Map<String, Object> context) throws TemplateProblem {
        return renderInto(template, context).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private final ThreadLocal<Buffer> buffers = ThreadLocal.withInitial(Buffer::new);

    /** A writer into a reusable builder, not synchronised (unlike {@link StringWriter}). */
    private static final class Buffer extends java.io.Writer {
        private final StringBuilder text = new StringBuilder(16 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private StringBuilder renderInto(String template, Map<String, Object> context) throws TemplateProblem {
        try {
            PebbleTemplate t = engine.getTemplate(template);
            Buffer out = buffers.get();
            out.text.setLength(0);
            t.evaluate(out, context);
            return out.text;
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
     * file), and the filters {@code vndate}, {@code vnmonth}, {@code isodate}, {@code vnd}, {@code vnnumber}.
     */
    private static final class SiteExtension extends AbstractExtension {
        private final Routes routes;
        private final Assets assets;

        SiteExtension(Routes routes, Assets assets) {
            this.routes = routes;
            this.assets = assets;
        }

        @Override
        public Map<String, Function> getFunctions() {
            return Map.of("url", new PathFunction(routes, null, false), "absUrl", new PathFunction(routes, null, true),
                    "asset", new PathFunction(routes, assets, false));
        }

        @Override
        public Map<String, Filter> getFilters() {
            return Map.of(
                    "vndate", new FormatFilter(v -> VietnameseFormat.date((TemporalAccessor) v)),
                    "vnmonth", new FormatFilter(v -> VietnameseFormat.month((TemporalAccessor) v)),
                    "isodate", new FormatFilter(v -> VietnameseFormat.isoDate((TemporalAccessor) v)),
                    "vnd", new FormatFilter(v -> VietnameseFormat.money(((Number) v).longValue())),
                    "vnnumber", new FormatFilter(v -> VietnameseFormat.number(((Number) v).longValue())));
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

    private record FormatFilter(java.util.function.Function<Object, String> format) implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int line) {
            return input == null ? "" : format.apply(input);
        }
    }
}
