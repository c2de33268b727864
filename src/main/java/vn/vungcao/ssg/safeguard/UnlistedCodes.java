package vn.vungcao.ssg.safeguard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vungcao.ssg.content.Child;

/**
 * The codes of children who are not listed (sponsored, graduated, without a status), in every
 * spelling a bank memo or an editor might use ({@code ML-0123}, {@code ML0123}, {@code ml 123}).
 * Such a code may appear only on the child's own page: the statements show it masked. Immutable.
 */
public final class UnlistedCodes {

    /** What a masked code reads as. */
    public static final String MASK = "[mã em]";

    private record Code(String code, Pattern pattern) {
    }

    private final List<Code> codes;

    public UnlistedCodes(List<Child> children) {
        List<Code> list = new ArrayList<>();
        for (Child c : children) {
            if (!c.listed()) list.add(new Code(c.code(), pattern(c.code())));
        }
        this.codes = List.copyOf(list);
    }

    /** A pattern for the code in any spelling: letters, an optional separator, the number with any leading zeros. */
    public static Pattern pattern(String code) {
        Matcher m = Pattern.compile("([A-Za-z]+)\\W*0*(\\d+)").matcher(code);
        String regex = m.matches()
                ? "(?i)(?<![\\p{L}\\d])" + m.group(1) + "[\\s._-]?0*" + m.group(2) + "(?!\\d)"
                : "(?i)" + Pattern.quote(code);
        return Pattern.compile(regex);
    }

    /** True when {@code code} is an unlisted child's code. */
    public boolean contains(String code) {
        return codes.stream().anyMatch(c -> c.code().equals(code));
    }

    /** The text with every unlisted child's code replaced by {@link #MASK}. */
    public String mask(String text) {
        String out = text;
        for (Code c : codes) out = c.pattern().matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
        return out;
    }

    /** The first unlisted child's code written in {@code text}: the code, and the spelling found. */
    public Optional<String[]> find(String text) {
        for (Code c : codes) {
            Matcher m = c.pattern().matcher(text);
            if (m.find()) return Optional.of(new String[] {c.code(), m.group()});
        }
        return Optional.empty();
    }
}
