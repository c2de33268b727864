package vn.vungcao.ssg.vietqr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Codes drawn ahead on their own thread are the codes drawn when asked, whoever asks first. */
class QrCodesTest {

    @Test
    void codesDrawnAheadAreTheCodesDrawnWhenAskedFromManyThreads() throws Exception {
        List<QrCodes.Code> codes = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String memo = VietQr.childMemo(String.format("ML%03d", i));
            codes.add(new QrCodes.Code(VietQr.payload("970436", "1234567890", memo, null), "Mã QR " + memo));
        }
        QrCodes qr = new QrCodes(null);
        qr.drawAhead(() -> codes);
        // the pages ask in another order than the thread draws, from four threads at once
        List<QrCodes.Code> asked = new ArrayList<>(codes);
        Collections.reverse(asked);
        ExecutorService pages = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> drawn = new ArrayList<>();
            for (QrCodes.Code c : asked) drawn.add(pages.submit(() -> qr.svg(c.payload(), c.title())));
            for (int i = 0; i < asked.size(); i++) {
                QrCodes.Code c = asked.get(i);
                assertEquals(QrSvg.svg(c.payload(), c.title()), drawn.get(i).get(), c.title());
            }
        } finally {
            pages.shutdown();
        }
        // a code that was not drawn ahead is drawn when asked
        String other = VietQr.payload("970436", "1234567890", "NUOI EM", null);
        assertEquals(QrSvg.svg(other, "x"), qr.svg(other, "x"));
    }
}
