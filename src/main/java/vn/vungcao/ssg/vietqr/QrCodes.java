package vn.vungcao.ssg.vietqr;

import java.util.List;
import vn.vungcao.ssg.store.Store;

/**
 * The QR codes a build draws ({@link QrSvg#svg(String, String)}), taken from a {@link Store}
 * ({@code .cache/qr.bin}) when it holds the code for the same payload and title: drawing one
 * starts ZXing, which a cold build pays for more than for anything else on a site of 100 pages.
 * Thread-safe.
 */
public final class QrCodes {

    private final Store<String> store;

    /** @param store where codes are kept between builds, or null to draw every one */
    public QrCodes(Store<String> store) {
        this.store = store;
    }

    /** The SVG of the QR code for {@code payload}, titled {@code title}. */
    public String svg(String payload, String title) {
        if (store == null) return QrSvg.svg(payload, title);
        String key = payload + "\n" + title;
        String digest = store.digest(payload, title);
        Store.Hit<String> kept = store.get(key, digest);
        if (kept != null) return kept.value();
        String svg = QrSvg.svg(payload, title);
        store.put(key, digest, svg, List.of());
        return svg;
    }
}
