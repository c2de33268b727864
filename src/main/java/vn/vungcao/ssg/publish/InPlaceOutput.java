package vn.vungcao.ssg.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An output folder updated in place, writing only the files whose bytes changed and deleting those
 * no longer made. Written files are held in memory until {@link #commit}, so a failed build
 * changes nothing. The preview keeps one instance across builds ({@link #begin} starts each) and
 * compares with what it last wrote; a one-shot build into an existing folder uses a new one,
 * whose commit compares with the files on disk. Either way an unchanged file is not touched (it
 * keeps its time, which matters to deploys that copy only what changed), and the file system does
 * not make and remove thousands of files at each build, which is what used to cost most: ext4
 * without a journal scans past every recently deleted inode to make a new one. Paths are checked
 * as {@link Staging} checks them. {@link #root} is the output folder itself, which holds the
 * previous site until the commit: read the written bytes with {@link #read}.
 */
public final class InPlaceOutput implements Output {

    private final Path root;
    /**
     * What is on disk: site path to its bytes. Pages taken from the preview's page cache are the
     * very arrays held here, so most comparisons end at {@code ==}; the others compare bytes.
     */
    private final Map<String, OnDisk> onDisk = new ConcurrentHashMap<>();
    /** The number of the build under way, counted by {@link #begin}. */
    private int build;
    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();
    /** Files of {@link #pending} that were read from the folder in this build (before the first commit only). */
    private final Set<String> asRead = ConcurrentHashMap.newKeySet();
    private volatile Set<String> written = ConcurrentHashMap.newKeySet();
    /** Files written again in this build through {@link #keep} with their handle: stamped, not in {@link #written}. */
    private final AtomicInteger kept = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    /** Whether {@link #onDisk} tells what the folder holds: not before the first commit. */
    private boolean known;

    public InPlaceOutput(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root);
    }

    /** Starts a build: nothing is written yet. */
    public InPlaceOutput begin() {
        pending.clear();
        asRead.clear();
        // a new set rather than clearing one of some 10,000 paths
        written = ConcurrentHashMap.newKeySet(Math.max(16, onDisk.size() * 4 / 3 + 1));
        build++;
        kept.set(0);
        bytes.set(0);
        return this;
    }

    @Override
    public void write(String sitePath, byte[] content) {
        // a preview writes some 10,000 pages a build, most the very bytes on disk: no look-up that cannot find anything
        if (!asRead.isEmpty()) asRead.remove(sitePath);
        OnDisk old = onDisk.get(sitePath);
        if (old == null) Staging.resolveIn(root, sitePath); // a path on disk was checked when first written
        written.add(sitePath);
        bytes.addAndGet(content.length);
        if (old == null || (old.bytes != content && !Arrays.equals(old.bytes, content))) {
            pending.put(sitePath, content);
        } else {
            old.build = build;
            if (!pending.isEmpty()) pending.remove(sitePath);
        }
    }

    /**
     * A page taken from the last build: with the handle this method gave for it then, the file's
     * record is stamped as written, with no look-up among thousands of paths; without one, or when
     * the file changed since, it is written as any other.
     */
    @Override
    public Object keep(String sitePath, byte[] content, Object handle) {
        if (handle instanceof OnDisk d && d.bytes == content && !d.replaced) {
            if (d.build != build) {
                d.build = build;
                kept.incrementAndGet();
                bytes.addAndGet(content.length);
            }
            return d;
        }
        write(sitePath, content);
        return onDisk.get(sitePath);
    }

    @Override
    public void writeAsRead(String sitePath, byte[] content) {
        write(sitePath, content);
        if (!known) asRead.add(sitePath);
    }

    @Override
    public boolean has(String sitePath) {
        if (written.contains(sitePath)) return true;
        OnDisk d = kept.get() == 0 ? null : onDisk.get(sitePath);
        return d != null && d.build == build && !d.replaced;
    }

    @Override
    public byte[] read(String sitePath) throws IOException {
        byte[] p = pending.get(sitePath);
        if (p == null) {
            OnDisk d = onDisk.get(sitePath); // the bytes last written there, without reading the disk
            if (d != null) p = d.bytes;
        }
        return p != null ? p : Files.readAllBytes(Staging.resolveIn(root, sitePath));
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public long filesWritten() {
        return written.size() + kept.get();
    }

    @Override
    public long bytesWritten() {
        return bytes.get();
    }

    /** How many files the last commit actually changed on disk. */
    public int changed() {
        return lastChanged;
    }

    @Override
    public long filesChanged() {
        return lastChanged;
    }

    private volatile int lastChanged;

    @Override
    public void commit() throws IOException {
        if (!known) {
            lastChanged = DiskSync.sync(root, pending, asRead);
            pending.forEach((file, content) -> onDisk.put(file, new OnDisk(content, build)));
            pending.clear();
            asRead.clear();
            known = true;
            return;
        }
        for (Map.Entry<String, byte[]> f : pending.entrySet()) {
            Path target = Staging.resolveIn(root, f.getKey());
            Files.createDirectories(target.getParent());
            DiskSync.write(target, f.getValue());
            OnDisk old = onDisk.put(f.getKey(), new OnDisk(f.getValue(), build));
            if (old != null) old.replaced = true;
        }
        // every file written is now on disk, so when both hold as many there is nothing stale; a
        // title edit renames a few word-index shards, and the stale ones are those this build did
        // not write (told by a number, not by looking up 10,000 paths among those written)
        List<String> stale = new ArrayList<>();
        if (onDisk.size() != written.size() + kept.get()) {
            for (Map.Entry<String, OnDisk> f : onDisk.entrySet()) {
                if (f.getValue().build != build) stale.add(f.getKey());
            }
        }
        for (String gone : stale) {
            Files.deleteIfExists(Staging.resolveIn(root, gone));
            onDisk.remove(gone).replaced = true;
        }
        lastChanged = pending.size() + stale.size();
        pending.clear();
    }

    @Override
    public void close() {
        pending.clear();
    }

    /** A file on disk: its bytes, and the last build that wrote it. */
    private static final class OnDisk {
        final byte[] bytes;
        /** Set by the workers that write, read by the commit after them. */
        volatile int build;
        /** Whether the file has other bytes now, or is gone: a handle to this record is no longer the file's. */
        volatile boolean replaced;

        OnDisk(byte[] bytes, int build) {
            this.bytes = bytes;
            this.build = build;
        }
    }
}
