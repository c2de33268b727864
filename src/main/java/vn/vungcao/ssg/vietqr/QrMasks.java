package vn.vungcao.ssg.vietqr;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Chooses a QR code's mask exactly as ZXing's {@code Encoder} does (the lowest penalty of the four
 * rules of ISO/IEC 18004, ZXing's weights, the first mask of equal ones), from the one matrix
 * ZXing made with mask 0, and gives the rows of the chosen code.
 *
 * <p>Why this is written here and not left to ZXing: for every code, ZXing builds eight whole
 * matrices, one per mask, and scores each module by module. A site draws a donation code for every
 * waiting child, about 4,000 at 10,000 pages, and in the short-lived JVM of a one-shot build that
 * choice was a third of a clean build's profile samples. Here the eight codes come from the first
 * by flipping the data modules where two masks differ and writing the format bits, a row of up to
 * 64 modules in one {@code long}, and the rules are counted with shifts and bit counts over whole
 * rows and columns. {@link QrSvg#svg(String, String)} for 4,000 donation payloads, in a cold JVM
 * with C1 only, on one thread: 2.9–3.1 s of CPU with ZXing choosing, 1.05–1.11 s with this class,
 * the same bytes. ZXing still does all the encoding; {@code QrMasksTest} compares every mask's
 * matrix, and the code chosen, with ZXing's own for payloads of versions 1 to 11, so that a new
 * ZXing that scores differently is caught there.
 *
 * <p>Codes wider than 64 modules (version 12 and up, payloads far longer than a VietQR one) are
 * not handled: {@link #rows} returns null for them, and the caller lets ZXing choose. Thread-safe.
 */
final class QrMasks {

    /** The widest code a row of one {@code long} holds: version 11, 61 modules. */
    static final int MAX_WIDTH = 64;

    private static final int MASKS = 8;
    private static final int N1 = 3;
    private static final int N2 = 3;
    private static final int N3 = 40;
    private static final int N4 = 10;

    /** ZXing's places of the first copy of the 15 format bits, the lowest bit first, as {x, y}. */
    private static final int[][] FORMAT_PLACES = {
        {8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8},
        {7, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8}, {0, 8},
    };

    private static final ConcurrentMap<Integer, Layout> LAYOUTS = new ConcurrentHashMap<>();

    private QrMasks() {
    }

    /**
     * The rows of the code with the mask ZXing would choose, bit {@code x} of {@code rows[y]} the
     * module at column {@code x} (1 dark), given the code ZXing made with mask 0 at level M; null
     * when the code is wider than {@value #MAX_WIDTH} modules.
     */
    static long[] rows(QRCode maskZero) {
        long[] first = firstRows(maskZero);
        if (first == null) return null;
        Layout layout = layout(maskZero);
        int n = first.length;
        long[] best = null;
        int lowest = Integer.MAX_VALUE;
        for (int mask = 0; mask < MASKS; mask++) {
            long[] rows = layout.masked(first, mask);
            int penalty = penalty(rows, transpose(rows, n), n);
            if (penalty < lowest) {
                lowest = penalty;
                best = rows;
            }
        }
        return best;
    }

    /** The rows of the code with {@code mask}, given the code ZXing made with mask 0 (for the tests). */
    static long[] rows(QRCode maskZero, int mask) {
        long[] first = firstRows(maskZero);
        return first == null ? null : layout(maskZero).masked(first, mask);
    }

    private static long[] firstRows(QRCode maskZero) {
        if (maskZero.getMaskPattern() != 0 || maskZero.getECLevel() != ErrorCorrectionLevel.M) {
            throw new IllegalArgumentException("needs the code made with mask 0 at level M");
        }
        ByteMatrix matrix = maskZero.getMatrix();
        int n = matrix.getWidth();
        if (n > MAX_WIDTH) return null;
        long[] first = new long[n];
        byte[][] cells = matrix.getArray();
        for (int y = 0; y < n; y++) {
            long row = 0;
            byte[] line = cells[y];
            for (int x = 0; x < n; x++) {
                if (line[x] == 1) row |= 1L << x;
            }
            first[y] = row;
        }
        return first;
    }

    private static Layout layout(QRCode code) {
        return LAYOUTS.computeIfAbsent(code.getVersion().getVersionNumber(), v -> new Layout(code.getVersion()));
    }

    /** ZXing's {@code Encoder.calculateMaskPenalty}: its rules 1 to 4, in rows and in columns. */
    static int penalty(long[] rows, long[] columns, int n) {
        long all = n == 64 ? -1L : (1L << n) - 1;
        int runs = 0;
        int blocks = 0;
        int finders = 0;
        int dark = 0;
        for (int i = 0; i < n; i++) {
            runs += runs(rows[i], all, n) + runs(columns[i], all, n);
            finders += finders(rows[i], all, n) + finders(columns[i], all, n);
            dark += Long.bitCount(rows[i]);
            if (i + 1 < n) blocks += blocks(rows[i], rows[i + 1], all);
        }
        int total = n * n;
        return runs + N2 * blocks + N3 * finders + N4 * (Math.abs(dark * 2 - total) * 10 / total);
    }

    /**
     * Rule 1 in one line: each run of five or more modules of one colour costs {@code N1 + (length - 5)},
     * that is the run's windows of five equal modules plus two; a window starts a run where the
     * module before it differs or there is none.
     */
    private static int runs(long line, long all, int n) {
        if (n < 5) return 0;
        long same = ~(line ^ (line >>> 1)) & (all >>> 1);
        long windows = same & (same >>> 1) & (same >>> 2) & (same >>> 3) & (all >>> 4);
        long starts = windows & ~(same << 1);
        return Long.bitCount(windows) + (N1 - 1) * Long.bitCount(starts);
    }

    /** Rule 2 over two neighbouring rows: the 2×2 blocks of one colour. */
    private static int blocks(long upper, long lower, long all) {
        long across = ~(upper ^ (upper >>> 1)) & ~(lower ^ (lower >>> 1)) & ~(upper ^ lower);
        return Long.bitCount(across & (all >>> 1));
    }

    /**
     * Rule 3 in one line, as ZXing 3.5 counts it: dark, light, three dark, light, dark starting at
     * {@code x}, with four light modules before it or after it, inside the code (the edge does not
     * count as light).
     */
    private static int finders(long line, long all, int n) {
        if (n < 7) return 0;
        long pattern = line & ~(line >>> 1) & (line >>> 2) & (line >>> 3) & (line >>> 4) & ~(line >>> 5) & (line >>> 6);
        long lightBefore = ~((line << 1) | (line << 2) | (line << 3) | (line << 4)) & (-1L << 4);
        long lightAfter = ~((line >>> 7) | (line >>> 8) | (line >>> 9) | (line >>> 10)) & (all >>> 10);
        return Long.bitCount(pattern & (lightBefore | lightAfter) & (all >>> 6));
    }

    /** The columns of {@code rows}, bit {@code y} of {@code columns[x]} the module at row {@code y}. */
    static long[] transpose(long[] rows, int n) {
        long[] columns = new long[n];
        for (int y = 0; y < n; y++) {
            long row = rows[y];
            long bit = 1L << y;
            while (row != 0) {
                int x = Long.numberOfTrailingZeros(row);
                columns[x] |= bit;
                row &= row - 1;
            }
        }
        return columns;
    }

    /** Where a version's data and format modules are, and each mask's pattern over them. */
    private static final class Layout {
        private final int n;
        /** Per row: the data modules (those the masks flip). */
        private final long[] data;
        /** Per row: the two copies of the format bits. */
        private final long[] format;
        /** Per mask, per row: the modules that mask flips, among the data modules. */
        private final long[][] flips = new long[MASKS][];
        /** Per mask, per row: the dark format modules of that mask. */
        private final long[][] formatDark = new long[MASKS][];

        Layout(Version version) {
            n = version.getDimensionForVersion();
            boolean[][] function = new boolean[n][n];
            mark(function, 0, 0, 9, 9);
            mark(function, n - 8, 0, 8, 9);
            mark(function, 0, n - 8, 9, 8);
            mark(function, 6, 0, 1, n);
            mark(function, 0, 6, n, 1);
            int[] centers = version.getAlignmentPatternCenters();
            for (int cy : centers) {
                for (int cx : centers) {
                    boolean underFinder = (cx < 9 && cy < 9) || (cx >= n - 8 && cy < 9) || (cx < 9 && cy >= n - 8);
                    if (!underFinder) mark(function, cx - 2, cy - 2, 5, 5);
                }
            }
            if (version.getVersionNumber() >= 7) {
                mark(function, 0, n - 11, 6, 3);
                mark(function, n - 11, 0, 3, 6);
            }
            data = new long[n];
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    if (!function[y][x]) data[y] |= 1L << x;
                }
            }
            format = new long[n];
            for (int mask = 0; mask < MASKS; mask++) {
                long[] flip = new long[n];
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        if (flips(mask, x, y)) flip[y] |= 1L << x;
                    }
                    flip[y] &= data[y];
                }
                flips[mask] = flip;
                long[] dark = new long[n];
                int bits = formatBits(mask);
                for (int i = 0; i < 15; i++) {
                    boolean on = ((bits >>> i) & 1) == 1;
                    int x1 = FORMAT_PLACES[i][0];
                    int y1 = FORMAT_PLACES[i][1];
                    int x2 = i < 8 ? n - i - 1 : 8;
                    int y2 = i < 8 ? 8 : n - 7 + (i - 8);
                    format[y1] |= 1L << x1;
                    format[y2] |= 1L << x2;
                    if (on) {
                        dark[y1] |= 1L << x1;
                        dark[y2] |= 1L << x2;
                    }
                }
                formatDark[mask] = dark;
            }
        }

        /** The rows of the code with {@code mask}, from those with mask 0. */
        long[] masked(long[] first, int mask) {
            long[] rows = new long[n];
            long[] flip0 = flips[0];
            long[] flip = flips[mask];
            long[] dark = formatDark[mask];
            for (int y = 0; y < n; y++) {
                rows[y] = ((first[y] ^ flip0[y] ^ flip[y]) & ~format[y]) | dark[y];
            }
            return rows;
        }

        private static void mark(boolean[][] function, int left, int top, int width, int height) {
            for (int y = top; y < top + height; y++) {
                for (int x = left; x < left + width; x++) function[y][x] = true;
            }
        }

        /** ZXing's {@code MaskUtil.getDataMaskBit}: whether {@code mask} flips the module at x, y. */
        private static boolean flips(int mask, int x, int y) {
            int product = x * y;
            int value = switch (mask) {
                case 0 -> (y + x) & 1;
                case 1 -> y & 1;
                case 2 -> x % 3;
                case 3 -> (y + x) % 3;
                case 4 -> ((y / 2) + (x / 3)) & 1;
                case 5 -> (product & 1) + (product % 3);
                case 6 -> ((product & 1) + (product % 3)) & 1;
                default -> ((product % 3) + ((y + x) & 1)) & 1;
            };
            return value == 0;
        }

        /** The 15 format bits of level M with {@code mask}: BCH(15,5), then XOR 0x5412. */
        private static int formatBits(int mask) {
            int info = (ErrorCorrectionLevel.M.getBits() << 3) | mask;
            int code = info << 10;
            for (int bit = 14; bit >= 10; bit--) {
                if ((code >>> bit & 1) == 1) code ^= 0x537 << (bit - 10);
            }
            return ((info << 10) | code) ^ 0x5412;
        }
    }
}
