package vn.vungcao.ssg.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A folder beside the output folder where a build writes the whole site. Only when the build has
 * no errors is it swapped into place ({@link #commit}); otherwise {@link #close} deletes it and the
 * previous output stays exactly as it was. Every write is checked to stay inside the staging
 * folder. Writes are thread-safe.
 */
public final class Staging implements Output {

    private final Path output;
    private final Path root;
    private final AtomicLong bytes = new AtomicLong();
    /** The site paths written, each once however often it was written (a theme's icon is copied, then re-encoded). */
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private Staging(Path output, Path root) {
        this.output = output;
        this.root = root;
    }

    /** Creates an empty staging folder next to {@code output} (same file system, so the swap is a rename). */
    public static Staging open(Path output) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null) throw new IOException("the output folder cannot be a file-system root");
        Files.createDirectories(parent);
        Path root = Files.createTempDirectory(parent, "." + out.getFileName() + ".staging-");
        return new Staging(out, root);
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public long bytesWritten() {
        return bytes.get();
    }

    @Override
    public long filesWritten() {
        return files.size();
    }

    /** A new folder: once committed, every file in it is new. */
    @Override
    public long filesChanged() {
        return committed ? files.size() : 0;
    }

    /** The file for a site path, guaranteed to be inside the staging folder. */
    public Path resolve(String sitePath) {
        return resolveIn(root, sitePath);
    }

    /**
     * The file for a clean relative site path inside {@code root}.
     *
     * @throws IllegalArgumentException for an absolute path, {@code ..}, {@code .}, empty segments or backslashes
     */
    static Path resolveIn(Path root, String sitePath) {
        if (sitePath.isEmpty() || sitePath.startsWith("/") || sitePath.contains("\\") || sitePath.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a relative site path: " + sitePath);
        }
        for (String segment : sitePath.split("/")) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".")) {
                throw new IllegalArgumentException("not a clean site path: " + sitePath);
            }
        }
        Path target = root.resolve(sitePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("site path leaves the output folder: " + sitePath);
        }
        return target;
    }

    /** Writes {@code content} at {@code sitePath}, creating folders as needed. */
    @Override
    public void write(String sitePath, byte[] content) {
        Path target = resolve(sitePath);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + sitePath, e);
        }
        bytes.addAndGet(content.length);
        files.add(sitePath);
    }

    @Override
    public boolean has(String sitePath) {
        return files.contains(sitePath);
    }

    @Override
    public byte[] read(String sitePath) throws IOException {
        return Files.readAllBytes(resolve(sitePath));
    }

    /** Puts the staged site in the output folder's place and removes the previous output. */
    @Override
    public void commit() throws IOException {
        // checked before the build and again here: moving a link aside and deleting "it" would empty its target
        if (Files.isSymbolicLink(output)) throw new IOException("the output folder is a symbolic link: " + output);
        Path old = null;
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            old = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".old-");
            Files.delete(old);
            move(output, old);
        }
        try {
            move(root, output);
        } catch (IOException e) {
            if (old != null) move(old, output);
            throw e;
        }
        committed = true;
        if (old != null) deleteTreeInParallel(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes the staging folder unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed && Files.exists(root)) deleteTree(root);
    }

    /**
     * Deletes a folder as {@link #deleteTree} does, with what lies two levels down shared among
     * {@link DiskSync#THREADS} threads: removing the previous output (some 24,000 files and folders
     * for 10,000 pages) is otherwise one thread waiting on the file system, file after file.
     */
    static void deleteTreeInParallel(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir)) {
            Files.delete(dir);
            return;
        }
        List<Path> parts = new ArrayList<>();
        try (DirectoryStream<Path> top = Files.newDirectoryStream(dir)) {
            for (Path p : top) {
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
                try (DirectoryStream<Path> inner = Files.newDirectoryStream(p)) {
                    inner.forEach(parts::add);
                }
            }
        }
        DiskSync.inParallel(parts, p -> {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) deleteTree(p);
            else Files.delete(p);
        });
        deleteTree(dir);
    }

    /** Deletes a folder and everything in it, without following links out of it. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        // a link is removed itself: walkFileTree does not follow it, it visits it as a file
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
