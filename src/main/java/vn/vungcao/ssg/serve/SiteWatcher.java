package vn.vungcao.ssg.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the site's inputs ({@code content/}, {@code themes/}, {@code site-config.yml}) and calls
 * back once per burst of changes (an editor's save often writes a file several times) with the
 * paths that changed, or with null when it lost track of what changed (the system dropped events,
 * or a folder was made, whose files may have been written before it was watched). Runs on its own
 * daemon thread until closed.
 */
public final class SiteWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 40;

    private final Path site;
    private final WatchService watch;
    private final Thread thread;

    /** @param onChange told the changed paths (absolute), or null when they are not known */
    public SiteWatcher(Path site, Consumer<Set<Path>> onChange) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.watch = FileSystems.getDefault().newWatchService();
        this.site.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        for (String dir : List.of("content", "themes")) registerTree(this.site.resolve(dir));
        this.thread = new Thread(() -> loop(onChange), "serve-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(Files::isDirectory).toList()) {
                d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private boolean relevant(Path dir, WatchEvent<?> event) {
        if (!(event.context() instanceof Path name)) return true; // an overflow: rebuild to be safe
        Path full = dir.resolve(name);
        if (dir.equals(site)) {
            String n = name.toString();
            return n.equals("site-config.yml") || n.equals("content") || n.equals("themes");
        }
        return !name.getFileName().toString().startsWith(".") || full.toString().endsWith(".md");
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                WatchKey key = watch.take();
                Burst burst = new Burst();
                drain(key, burst);
                // wait for the burst to end
                WatchKey more;
                while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) drain(more, burst);
                if (burst.unknown) onChange.accept(null);
                else if (!burst.paths.isEmpty()) onChange.accept(Set.copyOf(burst.paths));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** What one burst of events changed. */
    private static final class Burst {
        final Set<Path> paths = new HashSet<>();
        boolean unknown;
    }

    private void drain(WatchKey key, Burst burst) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!relevant(dir, event)) continue;
            if (!(event.context() instanceof Path name)) {
                burst.unknown = true; // the system dropped events
                continue;
            }
            Path changed = dir.resolve(name);
            if (event.kind() == StandardWatchEventKinds.ENTRY_MODIFY && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                continue; // a folder's own time: its files report their changes themselves
            }
            burst.paths.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                // files written before the folder was watched were not reported
                burst.unknown = true;
                try {
                    if (!dir.equals(site) || name.toString().equals("content") || name.toString().equals("themes")) {
                        registerTree(changed);
                    }
                } catch (IOException e) {
                    // a folder that vanished at once: nothing to watch
                }
            }
        }
        if (!key.reset()) burst.unknown = true; // a watched folder is gone
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
    }
}
