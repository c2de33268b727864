package vn.vungcao.ssg.vietqr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.vungcao.ssg.text.Fold;


/**
 * VietQR (NAPAS 247) bank-transfer payloads in the EMVCo merchant-presented format, and the transfer
 * memos Vietnamese banking apps accept. Every field is a two-digit tag, a two-digit length and the
 * value; the payload ends with tag {@code 63}, the {@link Crc16} of everything before its value.
 * Pure and thread-safe.
 */
public final class VietQr {

    /** Longest memo banking apps carry through a transfer. */
    public static final int MEMO_MAX = 25;

    private static final Pattern BIN = Pattern.compile("[0-9]{6}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{1,19}");
    private static final Pattern MEMO = Pattern.compile("[A-Za-z0-9.-]+( [A-Za-z0-9.-]+)*");
    private static final Pattern TWO_DIGITS = Pattern.compile("[0-9]{2}");
    private static final String CRC_TAG = "6304";

    private VietQr() {
    }

    /**
     * The payload for a transfer to a bank account: {@code 00}=01; {@code 01}=11 (static, reusable) or
     * 12 when an amount is given; {@code 38}={00=A000000727, 01={00=bin, 01=account}, 02=QRIBFTTA};
     * {@code 53}=704 (VND); {@code 54}=the amount when given; {@code 58}=VN; {@code 62}={08=memo} when
     * the memo is not empty; {@code 63}=the CRC.
     *
     * @param bin the bank's six-digit NAPAS BIN, e.g. {@code 970436} for Vietcombank
     * @param account the account number, 1 to 19 digits
     * @param memo a valid memo (see {@link #isValidMemo}), or empty for none; {@link #memo} makes one
     * @param amountVnd a positive amount in đồng of at most 13 digits, or {@code null} to let the donor type it
     * @throws IllegalArgumentException when an argument breaks these rules
     */
    public static String payload(String bin, String account, String memo, Long amountVnd) {
        if (!BIN.matcher(bin).matches()) throw new IllegalArgumentException("bank BIN must be 6 digits: " + bin);
        if (!ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("account number must be 1 to 19 digits: " + account);
        }
        if (!memo.isEmpty() && !isValidMemo(memo)) {
            throw new IllegalArgumentException("not a valid transfer memo (use VietQr.memo): " + memo);
        }
        if (amountVnd != null && (amountVnd <= 0 || amountVnd.toString().length() > 13)) {
            throw new IllegalArgumentException("amount must be positive and at most 13 digits: " + amountVnd);
        }
        StringBuilder out = new StringBuilder();
        out.append(field("00", "01"));
        out.append(field("01", amountVnd == null ? "11" : "12"));
        out.append(field("38", field("00", "A000000727")
                + field("01", field("00", bin) + field("01", account))
                + field("02", "QRIBFTTA")));
        out.append(field("53", "704"));
        if (amountVnd != null) out.append(field("54", amountVnd.toString()));
        out.append(field("58", "VN"));
        if (!memo.isEmpty()) out.append(field("62", field("08", memo)));
        out.append(CRC_TAG);
        return out.append(Crc16.hex(out.toString())).toString();
    }

    /**
     * The top-level fields of a payload, tag to value in payload order, after checking that it ends
     * with a {@code 63} field whose CRC matches (either hex case is accepted).
     *
     * @throws IllegalArgumentException when the payload is malformed or its CRC does not match
     */
    public static Map<String, String> parse(String payload) {
        int crcAt = payload.length() - 4;
        if (crcAt < CRC_TAG.length() || !payload.startsWith(CRC_TAG, crcAt - CRC_TAG.length())) {
            throw new IllegalArgumentException("payload does not end with a CRC field (6304....)");
        }
        String expected = Crc16.hex(payload.substring(0, crcAt));
        if (!expected.equalsIgnoreCase(payload.substring(crcAt))) {
            throw new IllegalArgumentException("CRC mismatch: payload says " + payload.substring(crcAt)
                    + ", content gives " + expected);
        }
        return fields(payload);
    }

    /**
     * The fields of a run of tag-length-value fields, such as a whole payload or the value of a template
     * field ({@code 38}, {@code 62}), tag to value in order; checks nothing else, not even a CRC.
     *
     * @throws IllegalArgumentException when a field is cut short, a tag or length is not two digits, or
     *     a tag repeats
     */
    public static Map<String, String> fields(String data) {
        Map<String, String> fields = new LinkedHashMap<>();
        int at = 0;
        while (at < data.length()) {
            if (at + 4 > data.length()) throw new IllegalArgumentException("truncated field header at " + at);
            String tag = data.substring(at, at + 2);
            String length = data.substring(at + 2, at + 4);
            if (!TWO_DIGITS.matcher(tag).matches() || !TWO_DIGITS.matcher(length).matches()) {
                throw new IllegalArgumentException("bad field header at " + at + ": " + tag + length);
            }
            int end = at + 4 + Integer.parseInt(length);
            if (end > data.length()) throw new IllegalArgumentException("field " + tag + " runs past the end");
            if (fields.put(tag, data.substring(at + 4, end)) != null) {
                throw new IllegalArgumentException("field " + tag + " appears twice");
            }
            at = end;
        }
        return Collections.unmodifiableMap(fields);
    }

    /**
     * The memo banking apps accept for {@code text}: accents and tone marks removed, đ to d, upper
     * case, every character other than A-Z, 0-9, space, '.' and '-' turned into a space, runs of spaces
     * collapsed, trimmed, and cut to {@value #MEMO_MAX} characters at a word boundary when there is one
     * (else hard). {@code Nuôi em ML-0123} gives {@code NUOI EM ML-0123}; the result may be empty;
     * applying it to its own result changes nothing.
     */
    public static String memo(String text) {
        String folded = Fold.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') c = (char) (c - 'a' + 'A');
            boolean kept = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
            if (kept) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        String collapsed = out.toString().strip();
        if (collapsed.length() <= MEMO_MAX) return collapsed;
        int space = collapsed.lastIndexOf(' ', MEMO_MAX);
        return space > 0 ? collapsed.substring(0, space) : collapsed.substring(0, MEMO_MAX);
    }

    /** The memo for sponsoring a child: {@code NUOI EM } and the child's code without its dash, e.g. {@code NUOI EM ML0123}. */
    public static String childMemo(String code) {
        return memo("NUOI EM " + code.replace("-", ""));
    }

    /** The memo for a donation to a campaign, its keyword as a {@link #memo}. */
    public static String campaignMemo(String keyword) {
        return memo(keyword);
    }

    /**
     * Whether banking apps accept {@code memo} as it is: 1 to {@value #MEMO_MAX} characters, only ASCII
     * letters, digits, '.', '-' and single spaces between words. Every non-empty {@link #memo} is valid;
     * so is a lower-case one such as {@code test text string}.
     */
    public static boolean isValidMemo(String memo) {
        return memo.length() <= MEMO_MAX && MEMO.matcher(memo).matches();
    }

    /** One field; every value built here is well under the 99-character limit of a two-digit length. */
    private static String field(String tag, String value) {
        return String.format("%s%02d%s", tag, value.length(), value);
    }
}
