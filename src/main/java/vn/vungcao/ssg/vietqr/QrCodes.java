package vn.vungcao.ssg.vietqr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import vn.vungcao.ssg.store.Store;

/**
 * The QR codes a build draws ({@link QrSvg#svg(String, String)}), taken from a {@link Store}
 * ({@code .cache/qr.bin}) when it holds the code for the same payload and title: drawing one
 * starts ZXing, which a cold build pays for more than for anything else on a site of 100 pages.
 * Codes may be drawn ahead, on a thread of their own ({@link #drawAhead}). Thread-safe.
 */
public final class QrCodes {

    /** A code to draw: what it holds and the title screen readers say. */
    public record Code(String payload, String title) {

        /** What tells this code from every other: its payload and its title. */
        public String key() {
            return payload + "\n" + title;
        }
    }

    private final Store<String> store;
    private final Map<String, FutureTask<String>> ahead = new ConcurrentHashMap<>();

    /** @param store where codes are kept between builds, or null to draw every one */
    public QrCodes(Store<String> store) {
        this.store = store;
    }

    /**
     * Starts drawing the codes {@code codes} gives, in order, on a thread of its own (which also
     * makes the list), so that the build's stages that run on one thread (the search data and the
     * plan of the pages, after the Markdown) leave no core idle. {@link #svg} takes a code drawn
     * ahead, waits for one being drawn, and draws one whose turn has not come itself (or that the
     * thread has not listed yet); so the thread never makes a listed code twice, nor a build wait
     * for it longer than one code takes.
     */
    public void drawAhead(Supplier<List<Code>> codes) {
        Thread thread = new Thread(() -> {
            List<FutureTask<String>> tasks = new ArrayList<>();
            for (Code c : codes.get()) {
                FutureTask<String> task = new FutureTask<>(() -> draw(c.payload(), c.title()));
                if (ahead.putIfAbsent(c.key(), task) == null) tasks.add(task);
            }
            tasks.forEach(FutureTask::run);
        }, "qr-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /** The SVG of the QR code for {@code payload}, titled {@code title}. */
    public String svg(String payload, String title) {
        FutureTask<String> task = ahead.isEmpty() ? null : ahead.get(key(payload, title));
        if (task == null) return draw(payload, title);
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    private String draw(String payload, String title) {
        if (store == null) return QrSvg.svg(payload, title);
        String key = key(payload, title);
        String digest = store.digest(payload, title);
        Store.Hit<String> kept = store.get(key, digest);
        if (kept != null) return kept.value();
        String svg = QrSvg.svg(payload, title);
        store.put(key, digest, svg, List.of());
        return svg;
    }

    private static String key(String payload, String title) {
        return new Code(payload, title).key();
    }
}
