package vn.vungcao.ssg.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes a folder hold exactly a given set of files, touching only what differs: what is not in the
 * set is deleted (links are deleted, never followed), a file whose bytes are already there is left
 * alone, and the others are written whole beside their place and renamed into it.
 */
final class DiskSync {

    /** At most this many threads wait on the file system at once. */
    static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

    private DiskSync() {
    }

    /**
     * Brings {@code root} (an existing folder) to hold exactly {@code files}; returns how many files
     * it wrote or deleted. The files of {@code same} were read from the folder in this build, so a
     * file there of their size is not read again.
     */
    static int sync(Path root, Map<String, byte[]> files, Set<String> same) throws IOException {
        Set<String> folders = new HashSet<>();
        for (String path : files.keySet()) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        Map<String, Long> sizes = new ConcurrentHashMap<>();
        List<Path> stale = new ArrayList<>(walk(root, folders, files, sizes));
        AtomicInteger changed = new AtomicInteger(stale.size());
        inParallel(stale, p -> {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) Staging.deleteTree(p);
            else Files.delete(p);
        });
        inParallel(new ArrayList<>(files.entrySet()), f -> {
            Path target = Staging.resolveIn(root, f.getKey());
            byte[] bytes = f.getValue();
            Long size = sizes.get(f.getKey());
            if (size != null && size == bytes.length
                    && (same.contains(f.getKey()) || Arrays.equals(Files.readAllBytes(target), bytes))) return;
            if (size == null) Files.createDirectories(target.getParent());
            write(target, bytes);
            changed.incrementAndGet();
        });
        return changed.get();
    }

    /**
     * Writes a file whole or not at all, as a web server reading the folder sees it: into a
     * temporary file beside it, then renamed over it. A temporary file left by a crash is stale at
     * the next build and deleted.
     */
    static void write(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".writing");
        Files.write(temp, bytes);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Notes the size of each regular file that is to be kept or written over, goes into the
     * folders that are to hold files, and returns everything else, as stale. The folders of one
     * depth are read in parallel (at 10,000 pages, some 12,000 folders of one page each).
     */
    private static Queue<Path> walk(Path root, Set<String> folders, Map<String, byte[]> files, Map<String, Long> sizes)
            throws IOException {
        Queue<Path> stale = new ConcurrentLinkedQueue<>();
        List<Map.Entry<Path, String>> level = List.of(Map.entry(root, ""));
        while (!level.isEmpty()) {
            Queue<Map.Entry<Path, String>> next = new ConcurrentLinkedQueue<>();
            inParallel(level, folder -> {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.getKey())) {
                    for (Path entry : entries) {
                        String path = folder.getValue() + entry.getFileName();
                        BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                        if (attrs.isDirectory() && folders.contains(path)) next.add(Map.entry(entry, path + "/"));
                        else if (attrs.isRegularFile() && files.containsKey(path)) sizes.put(path, attrs.size());
                        else stale.add(entry);
                    }
                }
            });
            level = new ArrayList<>(next);
        }
        return stale;
    }

    interface IoAction<T> {
        void run(T item) throws IOException;
    }

    /** Runs the action on every item, shared among up to {@link #THREADS} threads, and throws the first failure. */
    static <T> void inParallel(List<T> items, IoAction<T> action) throws IOException {
        if (THREADS <= 1 || items.size() < 2) {
            for (T item : items) action.run(item);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "output-files");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            int chunk = Math.max(1, items.size() / (THREADS * 8));
            for (int from = 0; from < items.size(); from += chunk) {
                List<T> some = items.subList(from, Math.min(items.size(), from + chunk));
                done.add(pool.submit(() -> {
                    for (T item : some) action.run(item);
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the output", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
