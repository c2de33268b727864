package vn.vungcao.ssg.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/** Flexmark's characters as a string, fast. */
final class Chars {

    private Chars() {
    }

    /**
     * {@code chars.toString()}: for a plain slice of the body's string (what the parser gives text
     * nodes), a substring of it, with NUL read as U+FFFD as Flexmark reads it; Flexmark's own
     * {@code toString} appends the characters one by one, and in a one-shot build's C1-compiled
     * JVM that was most of the time spent reading a body's text for search and writing it as HTML.
     */
    static String string(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String base
                && chars.getEndOffset() - chars.getStartOffset() == chars.length()) {
            String text = base.substring(chars.getStartOffset(), chars.getEndOffset());
            return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
        }
        return chars.toString();
    }
}
