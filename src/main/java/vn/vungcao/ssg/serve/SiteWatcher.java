package vn.vungcao.ssg.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the site's inputs ({@code content/}, {@code themes/}, {@code site-config.yml}) and calls
 * back once per burst of changes (an editor's save often writes a file several times). Runs on
 * its own daemon thread until closed.
 */
public final class SiteWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 40;

    private final Path site;
    private final WatchService watch;
    private final Thread thread;

    public SiteWatcher(Path site, Runnable onChange) throws IOException {
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

    private void loop(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = watch.take();
                boolean changed = drain(key);
                // wait for the burst to end
                WatchKey more;
                while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) changed |= drain(more);
                if (changed) onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!relevant(dir, event)) continue;
            changed = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                try {
                    if (!dir.equals(site) || name.toString().equals("content") || name.toString().equals("themes")) {
                        registerTree(created);
                    }
                } catch (IOException e) {
                    // a folder that vanished at once: nothing to watch
                }
            }
        }
        key.reset();
        return changed;
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
    }
}
