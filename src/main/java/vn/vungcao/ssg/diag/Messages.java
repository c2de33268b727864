package vn.vungcao.ssg.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The words of every diagnostic in one language, kept in one file per language:
 * {@code messages/vi.properties} and {@code messages/en.properties} (UTF-8). A diagnostic's
 * message is the entry named by its key ({@code field.unknown}, or a variant such as
 * {@code config.bad-bank/account}), its hint the entry of the same key with {@code .hint}.
 * {@code {0}}, {@code {1}}, … are replaced by the arguments as written: a {@link Term} by the
 * entry it names, a collection by its items joined with ", ", anything else by its
 * {@code toString()} (no number formatting, no quoting rules). Immutable and thread-safe.
 */
public final class Messages {

    /** The languages there is a catalog for; the first is the default. */
    public static final List<String> LANGUAGES = List.of("vi", "en");

    /** The catalogs read so far: each when a build first needs its language (most need one). */
    private static final ConcurrentMap<String, Messages> LOADED = new ConcurrentHashMap<>();

    /**
     * A word or phrase of the catalog given as an argument ("a news post", "the element
     * &lt;{0}&gt;"), said in the message's language with its own arguments.
     */
    public record Term(String key, List<Object> args) {
        public Term {
            args = List.copyOf(args);
        }

        public Term(String key, Object... args) {
            this(key, List.of(args));
        }
    }

    private final String language;
    private final Map<String, String> entries;

    private Messages(String language, Map<String, String> entries) {
        this.language = language;
        this.entries = entries;
    }

    /** The catalog of {@code language}; the default one for a language without its own. */
    public static Messages of(String language) {
        return LOADED.computeIfAbsent(LANGUAGES.contains(language) ? language : LANGUAGES.get(0), Messages::load);
    }

    public String language() {
        return language;
    }

    /** The message of {@code key} with its arguments. */
    public String message(String key, Object... args) {
        String template = entries.get(key);
        if (template == null) throw new IllegalArgumentException("no message '" + key + "' in " + language + ".properties");
        return fill(template, args);
    }

    /** The hint of {@code key} with its arguments, or {@code ""} when the message has none. */
    public String hint(String key, Object... args) {
        String template = entries.get(key + ".hint");
        return template == null || template.isBlank() ? "" : fill(template, args);
    }

    /** {@code n} and what it counts ({@code 3 lỗi}, {@code 1 warning}): the key's {@code /one} words for one, where the catalog has them. */
    public String count(String key, long n) {
        return message(n == 1 && has(key + "/one") ? key + "/one" : key, n);
    }

    /** Whether the catalog has a message for {@code key}. */
    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Every key of the catalog, hints included, sorted. */
    public Set<String> keys() {
        return entries.keySet();
    }

    private String fill(String template, Object[] args) {
        if (template.indexOf('{') < 0) return template;
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(template.substring(i + 1, close));
                out.append(n < args.length ? shown(args[n]) : "{" + n + "}");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String shown(Object arg) {
        if (arg instanceof Term t) return message(t.key(), t.args().toArray());
        if (arg instanceof Collection<?> list) {
            StringBuilder s = new StringBuilder();
            for (Object o : list) {
                if (s.length() > 0) s.append(", ");
                s.append(shown(o));
            }
            return s.toString();
        }
        return String.valueOf(arg);
    }

    private static Messages load(String language) {
        Properties p = new Properties();
        String name = "messages/" + language + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the generator's " + name + " is missing");
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> entries = new TreeMap<>();
        p.forEach((k, v) -> entries.put((String) k, ((String) v).strip()));
        return new Messages(language, Map.copyOf(entries));
    }
}
