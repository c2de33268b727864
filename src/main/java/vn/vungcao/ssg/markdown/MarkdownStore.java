package vn.vungcao.ssg.markdown;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.vungcao.ssg.content.Body;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.diag.Severity;
import vn.vungcao.ssg.fingerprint.Fingerprint;

/**
 * Rendered bodies kept on disk from one build to the next ({@code <site>/.cache/markdown.bin}), the
 * way Jekyll keeps its Markdown in {@code .jekyll-cache}: a body whose file, text and first line
 * are those of the last build is taken from the file with the warnings it gave, not rendered again.
 *
 * <p>The file is read whole at the start and written whole at the end, only when something
 * changed, to a temporary file moved into place; it holds only the bodies of the last build. Its
 * first line names what the rendering depends on besides the body: the settings (base path,
 * images) and the generator's own code and Markdown libraries (their files' sizes and times), so a
 * new version of either starts afresh. A missing, unreadable or foreign file is an empty store,
 * and one that cannot be written only makes the next build slower. Thread-safe.
 */
public final class MarkdownStore {

    private static final int FORMAT = 1;
    private static final byte[] MAGIC = "vungcao markdown store\n".getBytes(StandardCharsets.US_ASCII);

    private record Stored(String digest, RenderedMarkdown rendered, List<Diagnostic> diagnostics) {
    }

    private final Path file;
    private final String stamp;
    private final Map<String, Stored> previous;
    private final Map<String, Stored> current = new ConcurrentHashMap<>();
    private final Fingerprint fingerprint = new Fingerprint();
    private volatile boolean changed;

    private MarkdownStore(Path file, String stamp, Map<String, Stored> previous) {
        this.file = file;
        this.stamp = stamp;
        this.previous = previous;
    }

    /**
     * Opens the store in {@code file} for a build with these settings; what was stored under other
     * settings or by other code is ignored.
     */
    public static MarkdownStore open(Path file, String settings) {
        String stamp = settings + "\n" + codeStamp();
        return new MarkdownStore(file, stamp, read(file, stamp));
    }

    /** The body's rendering and warnings from the last build, or null when the body is new or changed. */
    public MarkdownCache.Entry get(String file, Body body) {
        Stored s = previous.get(file);
        if (s == null) return null;
        if (!s.digest().equals(digest(body))) return null;
        current.put(file, s);
        return new MarkdownCache.Entry(body, s.rendered(), s.diagnostics());
    }

    /** Keeps a body's rendering and the warnings it gave, for the next build. */
    public void put(String file, Body body, RenderedMarkdown rendered, List<Diagnostic> diagnostics) {
        current.put(file, new Stored(digest(body), rendered, List.copyOf(diagnostics)));
        changed = true;
    }

    /** Writes what this build used, unless it is what the file already holds. */
    public void save() {
        if (!changed && current.keySet().equals(previous.keySet())) return;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeInt(FORMAT);
            writeText(out, stamp);
            Map<String, Stored> sorted = new TreeMap<>(current);
            out.writeInt(sorted.size());
            for (Map.Entry<String, Stored> e : sorted.entrySet()) {
                Stored s = e.getValue();
                writeText(out, e.getKey());
                writeText(out, s.digest());
                writeText(out, s.rendered().html());
                writeText(out, s.rendered().text());
                out.writeInt(s.rendered().headings().size());
                for (RenderedMarkdown.Heading h : s.rendered().headings()) {
                    out.writeInt(h.level());
                    writeText(out, h.id());
                    writeText(out, h.text());
                }
                out.writeInt(s.diagnostics().size());
                for (Diagnostic d : s.diagnostics()) {
                    out.writeBoolean(d.isError());
                    writeText(out, d.code());
                    writeText(out, d.position().file());
                    out.writeInt(d.position().line());
                    out.writeInt(d.position().column());
                    writeText(out, d.message());
                    writeText(out, d.hint());
                }
            }
            out.flush();
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".markdown-", ".tmp");
            try {
                Files.write(tmp, bytes.toByteArray());
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | UncheckedIOException e) {
            // a store that cannot be written only makes the next build slower
        }
    }

    private String digest(Body body) {
        return fingerprint.of(body.markdown(), body.firstLine());
    }

    private static Map<String, Stored> read(Path file, String stamp) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Map.of();
        }
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT || !readText(in).equals(stamp)) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, Stored> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String source = readText(in);
                String digest = readText(in);
                String html = readText(in);
                String text = readText(in);
                int headingCount = in.readInt();
                List<RenderedMarkdown.Heading> headings = new ArrayList<>(headingCount);
                for (int h = 0; h < headingCount; h++) {
                    headings.add(new RenderedMarkdown.Heading(in.readInt(), readText(in), readText(in)));
                }
                int diagnosticCount = in.readInt();
                List<Diagnostic> diagnostics = new ArrayList<>(diagnosticCount);
                for (int d = 0; d < diagnosticCount; d++) {
                    Severity severity = in.readBoolean() ? Severity.ERROR : Severity.WARNING;
                    String code = readText(in);
                    Position position = new Position(readText(in), in.readInt(), in.readInt());
                    diagnostics.add(new Diagnostic(severity, code, position, readText(in), readText(in)));
                }
                entries.put(source, new Stored(digest, new RenderedMarkdown(html, headings, text), List.copyOf(diagnostics)));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            // cut short or not ours: start afresh
            return Map.of();
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) throw new IOException("cut short");
        byte[] b = new byte[length];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * What identifies the code that renders: the generator's classes and the Markdown and HTML
     * libraries, by their jar's (or class folder's newest file's) path, size and time.
     */
    private static String codeStamp() {
        StringBuilder s = new StringBuilder();
        for (Class<?> c : List.of(MarkdownStore.class, com.vladsch.flexmark.parser.Parser.class, org.jsoup.Jsoup.class)) {
            try {
                Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
                s.append(where).append(' ');
                if (Files.isDirectory(where)) {
                    try (var files = Files.walk(where)) {
                        long[] newest = {0, 0};
                        files.filter(Files::isRegularFile).forEach(f -> {
                            try {
                                newest[0] = Math.max(newest[0], Files.getLastModifiedTime(f).toMillis());
                                newest[1]++;
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                        s.append(newest[0]).append(' ').append(newest[1]);
                    }
                } else {
                    s.append(Files.size(where)).append(' ').append(Files.getLastModifiedTime(where).toMillis());
                }
            } catch (Exception e) {
                // no way to tell the code apart: never reuse what was stored
                s.append("unknown ").append(System.nanoTime());
            }
            s.append('\n');
        }
        return s.toString();
    }
}
