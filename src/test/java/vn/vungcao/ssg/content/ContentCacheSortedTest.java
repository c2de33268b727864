package vn.vungcao.ssg.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sorted lists the cache gives after an edit are the ones a sort of the records gives. */
class ContentCacheSortedTest {

    /** A record as the loader sorts them: a key (a date, a code) and its file; a new instance per edit. */
    private record Item(int key, String file) {
    }

    private static final Comparator<Item> TOTAL = Comparator.comparingInt(Item::key).thenComparing(Item::file);
    private static final Comparator<Item> KEY_ONLY = Comparator.comparingInt(Item::key);

    @Test
    void oneEditedRecordTakesTheSamePlaceAsInASort() {
        assertEditsSortAsASort(TOTAL, 1000);
    }

    @Test
    void recordsEqualInTheOrderKeepTheirFilesOrder() {
        // few keys, so the edited record is often equal in the order to others: the stable sort decides
        assertEditsSortAsASort(KEY_ONLY, 5);
    }

    @Test
    void theVeryRecordsGiveTheVeryList() {
        ContentCache cache = new ContentCache();
        List<Item> found = List.of(new Item(3, "c.md"), new Item(1, "a.md"), new Item(2, "b.md"));
        List<Item> first = cache.sorted("news", found, TOTAL);
        assertEquals(List.of(found.get(1), found.get(2), found.get(0)), first);
        assertSame(first, cache.sorted("news", new ArrayList<>(found), TOTAL));
    }

    private static void assertEditsSortAsASort(Comparator<Item> order, int keys) {
        Random random = new Random(42);
        ContentCache cache = new ContentCache();
        List<Item> found = new ArrayList<>();
        for (int i = 0; i < 300; i++) found.add(new Item(random.nextInt(keys), String.format("news/%03d.md", i)));
        for (int round = 0; round < 400; round++) {
            List<Item> now = List.copyOf(found);
            List<Item> expected = new ArrayList<>(now);
            expected.sort(order);
            assertEquals(expected, cache.sorted("news", now, order), "round " + round);
            int edits = round % 7 == 0 ? 2 : 1; // now and then two files at once, or one added
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(found.size());
                found.set(at, new Item(random.nextInt(keys), found.get(at).file()));
            }
            if (round % 11 == 0) found.add(new Item(random.nextInt(keys), String.format("news/%03d.md", 300 + round)));
        }
    }
}
