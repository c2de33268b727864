package vn.vungcao.ssg.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;


/**
 * The code map's shard files are the same bytes whether its entries are sealed on one thread or
 * two. A sealing that waits for a worker that never comes fails at the time-out instead of hanging.
 */
@Timeout(60)
class CodeMapTest {

    private static CodeMap map(int children) {
        CodeMap map = new CodeMap();
        for (int i = 0; i < children; i++) {
            String code = "ML-" + String.format("%04d", i);
            assertTrue(map.add(code, new CodeMap.Card(code, "Em " + i, "/tre-em/" + code + "/", null, "Điểm trường Ón",
                    "/truong/on/", i % 9 + 1, 2010 + i % 8, i % 3 == 0 ? "waiting" : "sponsored", "Đang chờ", null, null)));
        }
        return map;
    }

    @Test
    void sealingOnAPoolGivesTheSameFilesAsOneThread() throws Exception {
        CodeMap map = map(300);
        List<byte[]> alone = map.shards();
        assertEquals(map.shardCount(), alone.size());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<byte[]> shared = map.shards(pool);
            assertEquals(alone.size(), shared.size());
            for (int i = 0; i < alone.size(); i++) assertArrayEquals(alone.get(i), shared.get(i), "shard " + i);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBusyPoolLeavesTheWholeSealingToTheCaller() throws Exception {
        CodeMap map = map(100);
        List<byte[]> alone = map.shards();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try {
            // the only worker is busy until the map is sealed: the half handed to it must be sealed here
            pool.execute(() -> {
                try {
                    release.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            // were it waiting for the worker instead, it would wait as long as the worker is held
            List<byte[]> sealed = map.shards(pool);
            release.countDown();
            for (int i = 0; i < alone.size(); i++) assertArrayEquals(alone.get(i), sealed.get(i), "shard " + i);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aCardIsOpenedWithItsCodeOnly() throws Exception {
        CodeMap map = map(40);
        List<byte[]> files = map.shards(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        byte[] id = MessageDigest.getInstance("SHA-256")
                .digest((CodeMap.ID_SALT + "ML-0007").getBytes(StandardCharsets.UTF_8));
        int shard = (((id[0] & 0xFF) << 8) | (id[1] & 0xFF)) % files.size();
        JsonNode entries = new ObjectMapper().readTree(files.get(shard));
        String sealed = entries.get(HexFormat.of().formatHex(id, 0, 8)).asText();
        JsonNode card = new ObjectMapper().readTree(CodeMap.open("ML-0007", Base64.getDecoder().decode(sealed)));
        assertEquals("Em 7", card.get("name").asText());
        assertEquals("/tre-em/ML-0007/", card.get("url").asText());
    }
}
