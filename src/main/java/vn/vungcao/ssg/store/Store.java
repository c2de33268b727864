package vn.vungcao.ssg.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.diag.Severity;
import vn.vungcao.ssg.fingerprint.Fingerprint;

/**
 * What a build made, by key (a source file, a page, a search file), kept on disk for the next
 * build (one file in the site's {@link KeptFolder}), the way Jekyll keeps its rendered Markdown in
 * {@code .jekyll-cache}: when a key's input has the digest it had last time, its value is taken
 * from the store with the warnings it gave, instead of being made again.
 *
 * <p>The file is read whole when the store is opened and written whole by {@link #save()}, only
 * when something changed, to a temporary file moved into place; it holds only what the last build
 * used. Its header names what every value depends on besides its input, the generator's own code
 * and libraries (their files' sizes and times), so a new version starts afresh; what else a value
 * depends on goes into the digest of its input. A missing, damaged or foreign file is an empty store, and one that cannot
 * be written only makes the next build slower: the output is the same with or without it.
 * Thread-safe.
 *
 * @param <T> the kind of value kept, written and read by a {@link Codec}
 */
public final class Store<T> {

    private static final int FORMAT = 1;
    private static final byte[] MAGIC = "vungcao store\n".getBytes(StandardCharsets.US_ASCII);

    /** How values are written to the store's file and read back. */
    public interface Codec<T> {
        void write(DataOutputStream out, T value) throws IOException;

        /** Reads a value written for the source file {@code key}. */
        T read(Input in, String key) throws IOException;
    }

    /**
     * The store's file as it is read: numbers as {@link DataOutputStream} writes them, texts as
     * {@link #writeText} does. Reading past the end is an {@link IOException}. (A
     * {@code DataInputStream} over the bytes would take a lock for every byte.)
     */
    public static final class Input {
        private final byte[] bytes;
        private int at;

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        private int need(int count) throws IOException {
            if (count < 0 || count > bytes.length - at) throw new IOException("cut short");
            int start = at;
            at += count;
            return start;
        }

        public int readInt() throws IOException {
            int i = need(4);
            return ((bytes[i] & 0xFF) << 24) | ((bytes[i + 1] & 0xFF) << 16) | ((bytes[i + 2] & 0xFF) << 8) | (bytes[i + 3] & 0xFF);
        }

        public long readLong() throws IOException {
            return ((long) readInt() << 32) | (readInt() & 0xFFFFFFFFL);
        }

        public byte readByte() throws IOException {
            return bytes[need(1)];
        }

        public boolean readBoolean() throws IOException {
            return readByte() != 0;
        }

        /** Reads a text written by {@link #writeText}. */
        public String readText() throws IOException {
            int length = readInt();
            return new String(bytes, need(length), length, StandardCharsets.UTF_8);
        }

        /** Reads {@code count} bytes. */
        public byte[] readBytes(int count) throws IOException {
            return Arrays.copyOfRange(bytes, need(count), at);
        }

        /** How many bytes are left. */
        public int available() {
            return bytes.length - at;
        }
    }

    /** Texts, as {@link #writeText} writes them. */
    public static final Codec<String> TEXT = new Codec<>() {
        @Override
        public void write(DataOutputStream out, String value) throws IOException {
            writeText(out, value);
        }

        @Override
        public String read(Input in, String key) throws IOException {
            return in.readText();
        }
    };

    /** A value taken from the store, and the warnings that making it gave. */
    public record Hit<T>(T value, List<Diagnostic> diagnostics) {
    }

    private record Kept<T>(String digest, T value, List<Diagnostic> diagnostics) {
    }

    private final Path file;
    private final String header;
    private final Codec<T> codec;
    private final Map<String, Kept<T>> previous;
    private final Map<String, Kept<T>> current;
    private final Fingerprint fingerprint = new Fingerprint();
    private volatile boolean changed;
    /** Whether this build asked the store anything: one that did not leaves the file as it is. */
    private volatile boolean used;
    /** Whether {@link #save()} has run (it writes once). */
    private boolean saved;

    private Store(Path file, String header, Codec<T> codec, boolean readFile) {
        this.file = file;
        this.header = header;
        this.codec = codec;
        this.previous = readFile ? read() : Map.of();
        // sized for what the last build kept: growing a map of 10,000 entries step by step costs more than the look-ups
        this.current = new ConcurrentHashMap<>(Math.max(16, previous.size() * 4 / 3 + 1));
    }

    /** Opens the store kept in {@code file}; what other code kept there is ignored (and dropped at the next save). */
    public static <T> Store<T> open(Path file, Codec<T> codec) {
        return new Store<>(file, CodeStamp.get(), codec, true);
    }

    /** A store that takes nothing from {@code file}: everything is made again and kept there anew. */
    public static <T> Store<T> fresh(Path file, Codec<T> codec) {
        return new Store<>(file, CodeStamp.get(), codec, false);
    }

    /** Whether the last build left nothing here for this one (a first build, or {@code --fresh}). */
    public boolean isEmpty() {
        return previous.isEmpty();
    }

    /** The digest of a key's input: every value its value is made from. */
    public String digest(Object... input) {
        return fingerprint.of(input);
    }

    /** The value kept for {@code key} when its input had the same digest, or null. */
    public Hit<T> get(String key, String digest) {
        used = true;
        Kept<T> k = previous.get(key);
        if (k == null || !k.digest().equals(digest)) return null;
        current.put(key, k);
        return new Hit<>(k.value(), k.diagnostics());
    }

    /** Keeps {@code value}, made from the input with this digest, and its warnings for the next build. */
    public void put(String key, String digest, T value, List<Diagnostic> diagnostics) {
        current.put(key, new Kept<>(digest, value, List.copyOf(diagnostics)));
        used = true;
        changed = true;
    }

    /**
     * Writes what this build used, unless the file already holds exactly that or the build did not
     * use the store. Only the first call writes: a build may start saving on a worker and make sure
     * at its end that it is done.
     */
    public synchronized void save() {
        if (saved) return;
        saved = true;
        if (!used || !changed && current.keySet().equals(previous.keySet())) return;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeInt(FORMAT);
            writeText(out, header);
            Map<String, Kept<T>> sorted = new TreeMap<>(current);
            out.writeInt(sorted.size());
            for (Map.Entry<String, Kept<T>> e : sorted.entrySet()) {
                writeText(out, e.getKey());
                writeText(out, e.getValue().digest());
                codec.write(out, e.getValue().value());
                out.writeInt(e.getValue().diagnostics().size());
                for (Diagnostic d : e.getValue().diagnostics()) writeDiagnostic(out, d);
            }
            out.flush();
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
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

    private Map<String, Kept<T>> read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Map.of();
        }
        try {
            Input in = new Input(bytes);
            if (!Arrays.equals(in.readBytes(MAGIC.length), MAGIC) || in.readInt() != FORMAT
                    || !in.readText().equals(header)) {
                return Map.of();
            }
            int count = in.readInt();
            // every entry takes more than one byte: a count beyond the bytes left is damage, not a size to allocate
            if (count < 0 || count > in.available()) return Map.of();
            Map<String, Kept<T>> entries = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                String key = in.readText();
                String digest = in.readText();
                T value = codec.read(in, key);
                int diagnosticCount = in.readInt();
                if (diagnosticCount < 0 || diagnosticCount > in.available()) return Map.of();
                List<Diagnostic> diagnostics = new ArrayList<>(diagnosticCount);
                for (int d = 0; d < diagnosticCount; d++) diagnostics.add(readDiagnostic(in));
                entries.put(key, new Kept<>(digest, value, List.copyOf(diagnostics)));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            // cut short, damaged or not ours: start afresh
            return Map.of();
        }
    }

    private static void writeDiagnostic(DataOutputStream out, Diagnostic d) throws IOException {
        out.writeBoolean(d.isError());
        writeText(out, d.code());
        writeText(out, d.position().file());
        out.writeInt(d.position().line());
        out.writeInt(d.position().column());
        writeText(out, d.message());
        writeText(out, d.hint());
    }

    private static Diagnostic readDiagnostic(Input in) throws IOException {
        Severity severity = in.readBoolean() ? Severity.ERROR : Severity.WARNING;
        String code = in.readText();
        Position position = new Position(in.readText(), in.readInt(), in.readInt());
        return new Diagnostic(severity, code, position, in.readText(), in.readText());
    }

    /**
     * A digest of bytes for telling a file changed: its length, CRC-32, CRC-32C and Adler-32 (96
     * bits, all computed in native code; a change is not missed by chance).
     */
    public static String digest(byte[] bytes) {
        CRC32 crc = new CRC32();
        CRC32C crcC = new CRC32C();
        Adler32 adler = new Adler32();
        crc.update(bytes);
        crcC.update(bytes);
        adler.update(bytes);
        return bytes.length + "-" + Long.toHexString(crc.getValue()) + "-" + Long.toHexString(crcC.getValue())
                + "-" + Long.toHexString(adler.getValue());
    }

    /**
     * A digest of bytes that cannot be forged (SHA-256, 128 bits in hex), for a file read back from
     * a folder that a pull request can fill, such as the output folder of a fresh clone: a page
     * whose bytes give the digest the store kept is the page this generator wrote.
     */
    public static String strongDigest(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a text of any length as UTF-8, after its length in bytes. */
    public static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

}
