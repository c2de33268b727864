package vn.vungcao.ssg.ledger;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vungcao.ssg.text.Fold;

/**
 * Hides donors' names and account numbers before a statement is published. Pure and thread-safe.
 */
public final class Masking {

    /** How many last digits of an account number stay visible. */
    public static final int KEPT_DIGITS = 4;

    private static final String HIDDEN_DIGITS = "****";
    private static final String HIDDEN_LETTERS = "**";
    /** Vietcombank's transfer text: "CT tu 0011001234567 NGUYEN VAN AN toi 1023456789 …". */
    private static final Pattern SENDER =
            Pattern.compile("(?<![A-Z0-9])TU \\d{6,} ([A-Z]+(?: [A-Z]+)*?) TOI \\d");
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{6,}");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)0\\d{2,3}[ .-]\\d{3}[ .-]\\d{3,4}(?!\\d)");
    private static final Pattern WORD = Pattern.compile("[A-Z0-9]+");
    private static final Pattern NAME_WORD = Pattern.compile("[A-Z]*[AEIOUY][A-Z]*");
    private static final int MAX_NAME_WORDS = 4;

    /** Vietnamese family names (folded), which open a person's name. */
    private static final Set<String> FAMILY_NAMES = Set.of("NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "HUYNH", "PHAN",
            "VU", "VO", "DANG", "BUI", "DO", "HO", "NGO", "DUONG", "LY", "DAO", "DOAN", "VUONG", "TRINH", "TRUONG",
            "LAM", "LUONG", "LUU", "MAI", "TO", "HA", "CAO", "DINH", "TA", "TONG", "KIEU", "QUACH", "LA", "THAI",
            "TIEU", "CHU", "CU", "KHUC", "LUC", "MAC", "NONG", "LO", "LOC", "VI", "TANG", "THACH", "TRIEU", "DIEP",
            "LAI", "PHUNG", "QUAN", "TON", "NINH", "BACH", "DAM", "GIANG", "HAU", "KHONG", "KIM", "KHUAT", "THAN");
    /** Words of memos that end a name: what people write after their name ("chuyen tien", "ung ho", …). */
    private static final Set<String> NOT_NAMES = Set.of("CHUYEN", "KHOAN", "CK", "CT", "NUOI", "EM", "UNG", "HO",
            "TRO", "GUI", "GOP", "TANG", "TRA", "NOP", "CHUC", "AO", "AM", "XAY", "CLB", "QUY", "DIEM", "HOC", "CHO",
            "CAC", "VA", "THANG", "MUA", "IBFT", "TAI", "TOI", "TU", "SDT", "TK", "STK", "GD", "VND", "MOMO", "QR");
    /** Words after which a name may follow: "từ", "của", "anh", "chị", "cô", "chú", "bác", "ông", "bà". */
    private static final Set<String> BEFORE_NAMES = Set.of("TU", "CUA", "ANH", "CHI", "CO", "CHU", "BAC", "ONG", "BA",
            "IBFT");

    private Masking() {
    }

    /**
     * A person's name with only the family name whole: {@code "NGUYEN VAN AN"} gives
     * {@code "NGUYEN V** A"} (middle words become their initial and {@code **}, the last word its
     * initial), {@code "Trần Thị Mai"} gives {@code "Trần T** M"}, and a one-word name keeps its
     * initial: {@code "HOA"} gives {@code "H**"}. Blank gives {@code ""}.
     */
    public static String name(String name) {
        String[] words = Normalizer.normalize(name, Normalizer.Form.NFC).strip().split("\\s+");
        if (words[0].isEmpty()) return "";
        if (words.length == 1) return initial(words[0]) + HIDDEN_LETTERS;
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length - 1; i++) out.append(' ').append(initial(words[i])).append(HIDDEN_LETTERS);
        return out.append(' ').append(initial(words[words.length - 1])).toString();
    }

    private static String initial(String word) {
        return word.substring(0, Character.charCount(word.codePointAt(0)));
    }

    /**
     * An account number with only its last {@value #KEPT_DIGITS} digits: {@code "0011001234567"}
     * gives {@code "****4567"}. Anything but digits is dropped first; a number of
     * {@value #KEPT_DIGITS} digits or fewer is hidden whole ({@code "****"}); blank gives {@code ""}.
     */
    public static String account(String digits) {
        if (digits.isBlank()) return "";
        String d = digits.replaceAll("\\D", "");
        if (d.length() <= KEPT_DIGITS) return HIDDEN_DIGITS;
        return HIDDEN_DIGITS + d.substring(d.length() - KEPT_DIGITS);
    }

    /**
     * A memo fit to publish. With {@link LedgerSettings#maskNames()}, every occurrence of these
     * names is masked as {@link #name(String)} does, whatever its case, accents or spacing
     * ({@code NGUYEN VAN AN}, {@code Nguyễn Văn An}, {@code NGUYENVANAN}): the counterparty's
     * name; the sender's name in Vietcombank's "CT tu &lt;account&gt; &lt;NAME&gt; toi" text; and a
     * name the memo opens with, as people write "NGUYEN VAN AN chuyen tien": two to four words
     * starting with a common Vietnamese family name, at the start of the memo or of one of its
     * parts (after punctuation or a number, or after "tu", "cua", "anh", "chi", "co", "chu", "bac",
     * "ong", "ba"), ending before the usual memo words ("chuyen", "ung", "nuoi", "gui", …). A
     * memo whose part opens with such a word that is no name ("HA NOI …") is masked too, which
     * costs only legibility. A given name written alone is not recognised.
     *
     * <p>With {@link LedgerSettings#maskAccounts()}, the counterparty's account number, every run
     * of 6 or more digits (accounts, transfer numbers) and every phone number written in groups
     * become {@code ****} and their last {@value #KEPT_DIGITS} digits. Child codes such as
     * {@code ML0123} have fewer digits and stay as written.
     *
     * @param memo         the memo as the bank wrote it
     * @param counterparty the other party's name, or null
     * @param account      the other party's account number, or null
     */
    public static String memo(String memo, String counterparty, String account, LedgerSettings s) {
        String out = Normalizer.normalize(memo, Normalizer.Form.NFC);
        if (s.maskNames()) {
            List<String> names = new ArrayList<>();
            if (counterparty != null && !counterparty.isBlank()) names.add(counterparty);
            String upper = Fold.fold(out).toUpperCase(Locale.ROOT);
            Matcher sender = SENDER.matcher(upper.replaceAll("[^A-Z0-9]+", " "));
            while (sender.find()) names.add(sender.group(1));
            names.addAll(openingNames(upper));
            // the longest first, so that "LY VAN TOI" is masked whole before "LY VAN" could be
            names.sort(Comparator.comparingInt((String n) -> n.strip().split("\\s+").length).reversed());
            for (String name : new LinkedHashSet<>(names)) out = maskName(out, name);
        }
        if (s.maskAccounts()) {
            String digits = account == null ? "" : account.replaceAll("\\D", "");
            if (!digits.isEmpty()) {
                out = Pattern.compile("(?<!\\d)" + digits + "(?!\\d)").matcher(out)
                        .replaceAll(Matcher.quoteReplacement(account(digits)));
            }
            out = replaceDigits(PHONE, out);
            out = replaceDigits(LONG_DIGITS, out);
        }
        return out;
    }

    /** The names that open a part of {@code upper} (a folded, upper-case memo); see {@link #memo}. */
    private static List<String> openingNames(String upper) {
        List<MatchResult> words = WORD.matcher(upper).results().toList();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            MatchResult w = words.get(i);
            if (!FAMILY_NAMES.contains(w.group())) continue;
            boolean opens = i == 0 || !upper.substring(words.get(i - 1).end(), w.start()).isBlank()
                    || words.get(i - 1).group().chars().allMatch(Character::isDigit)
                    || BEFORE_NAMES.contains(words.get(i - 1).group());
            if (!opens) continue;
            List<String> name = new ArrayList<>(List.of(w.group()));
            for (int j = i + 1; j < words.size() && name.size() < MAX_NAME_WORDS; j++) {
                String next = words.get(j).group();
                boolean spaced = upper.substring(words.get(j - 1).end(), words.get(j).start()).isBlank();
                if (!spaced || !NAME_WORD.matcher(next).matches() || NOT_NAMES.contains(next)) break;
                name.add(next);
            }
            if (name.size() > 1) names.add(String.join(" ", name));
        }
        return names;
    }

    private static String replaceDigits(Pattern pattern, String text) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(account(m.group())));
    }

    /** {@code text} with every occurrence of {@code name} (compared folded, any separators) masked. */
    private static String maskName(String text, String name) {
        List<String> words = new ArrayList<>();
        for (String w : Fold.fold(name).split("[^a-z0-9]+")) if (!w.isEmpty()) words.add(Pattern.quote(w));
        if (words.isEmpty()) return text;
        Pattern pattern = Pattern.compile("(?<![a-z0-9])" + String.join("[^a-z0-9]*", words) + "(?![a-z0-9])");

        // fold character by character, remembering where each folded character came from
        StringBuilder folded = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            for (char c : Fold.fold(new String(Character.toChars(cp))).toCharArray()) {
                folded.append(c);
                origin.add(i);
            }
            i += Character.charCount(cp);
        }
        origin.add(text.length());

        StringBuilder out = new StringBuilder();
        int done = 0;
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            int start = origin.get(m.start());
            int end = origin.get(m.end());
            out.append(text, done, start).append(masked(text.substring(start, end), name, words.size()));
            done = end;
        }
        return out.append(text.substring(done)).toString();
    }

    /** The mask for {@code found}, an occurrence of {@code name} in a memo, in the memo's own style. */
    private static String masked(String found, String name, int nameWords) {
        String[] words = found.split("[^\\p{L}\\p{N}]+");
        if (words.length == nameWords) return name(String.join(" ", words));
        String mask = name(name);
        if (found.chars().allMatch(c -> c < 128)) mask = Fold.fold(mask);
        return found.equals(found.toUpperCase(Locale.ROOT)) ? mask.toUpperCase(Locale.ROOT) : mask;
    }
}
