package vn.vungcao.ssg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The word index a preview keeps between builds ({@link WordIndex.Terms}) writes, after any
 * series of edits, the very bytes a first gathering of the same documents writes; and a title
 * edit on a large site writes only the few shards that hold the edited title's words again.
 */
class WordIndexTermsTest {

    private static final String[] WORDS = {"Mường", "muong", "Lát", "lat", "bản", "ban", "Bản", "Ón", "điểm",
        "trường", "nuôi", "em", "bữa", "trưa", "áo", "ấm", "mùa", "đông", "xây", "phòng", "học", "Na", "Mèo",
        "Pù", "Nhi", "Trung", "Lý", "2025", "ML-0123", "cơm", "sách", "vở", "giếng", "nước", "sạch", "điện"};

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) out.append(' ');
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private static List<String> text(List<byte[]> files) {
        return files.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    @Test
    void editsGiveTheBytesOfAFirstGathering() {
        Random random = new Random(7);
        List<WordIndex.Analysis> docs = new ArrayList<>();
        for (int i = 0; i < 600; i++) docs.add(WordIndex.analyse(words(random, 1 + random.nextInt(6)), words(random, random.nextInt(30))));
        WordIndex.Terms kept = new WordIndex.Terms();
        kept.shards(docs);
        for (int round = 0; round < 60; round++) {
            int edits = 1 + random.nextInt(round % 10 == 9 ? 300 : 3); // now and then more than the update takes
            for (int e = 0; e < edits; e++) {
                int d = random.nextInt(docs.size());
                WordIndex.Analysis was = docs.get(d);
                String title = random.nextBoolean() ? words(random, 1 + random.nextInt(6)) : null;
                String body = random.nextInt(4) == 0 ? "" : words(random, random.nextInt(30));
                docs.set(d, title == null ? new WordIndex.Analysis(List.of(was.fields().get(0), WordIndex.analyse(body).fields().get(0)))
                        : WordIndex.analyse(title, body));
            }
            assertEquals(text(WordIndex.shards(docs)), text(kept.shards(docs)), "the shards after round " + round);
        }
    }

    @Test
    void aTitleEditWritesOnlyTheShardsOfItsWords() {
        Random random = new Random(11);
        List<WordIndex.Analysis> docs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            docs.add(WordIndex.analyse(words(random, 3 + random.nextInt(5)) + " " + i, words(random, 20 + random.nextInt(40)) + " b" + i));
        }
        WordIndex.Terms kept = new WordIndex.Terms();
        List<byte[]> before = kept.shards(docs);
        assertTrue(before.size() >= 64, "a site of many shards: " + before.size());
        WordIndex.Analysis title = WordIndex.analyse("Nước sạch về bản Đông Tâm, tháng mười");
        docs.set(500, new WordIndex.Analysis(List.of(title.fields().get(0), docs.get(500).fields().get(1))));
        List<byte[]> after = kept.shards(docs);
        int rewritten = 0;
        for (int s = 0; s < before.size(); s++) if (before.get(s) != after.get(s)) rewritten++;
        assertEquals(text(WordIndex.shards(docs)), text(after));
        assertTrue(rewritten > 0 && rewritten <= 40, "shards written again after one edit: " + rewritten + " of " + before.size());
    }
}
