package vn.vungcao.ssg.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The plain text of a parsed body, for search and excerpts, read from Flexmark's tree as a reader
 * reads the page (and as jsoup's {@code text()} reads the HTML): the words of each block apart
 * from the next by one space, runs of whitespace as one space (kept as written in code blocks),
 * nothing for an image but a word break, a footnote reference as its number and the footnotes
 * last, in their numbers' order. The heading anchors ({@code #}) and footnote back-links
 * ({@code ↩}) are not text. Raw HTML gives no text here. Thread-safe: each walk has its own state.
 */
final class BodyText {

    private final StringBuilder out = new StringBuilder(256);

    private BodyText() {
    }

    /**
     * The text of the whole {@code document}, its footnotes last; their numbers must be resolved
     * ({@link Headings#anchor} does).
     */
    static String of(Document document) {
        BodyText text = new BodyText();
        text.children(document);
        for (FootnoteBlock footnote : Footnotes.referenced(document)) text.block(footnote);
        return text.result();
    }

    /** The text of one node, such as a heading. */
    static String of(Node node) {
        BodyText text = new BodyText();
        text.children(node);
        return text.result();
    }

    private String result() {
        return out.toString().trim();
    }

    private void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) node(n);
    }

    private void node(Node n) {
        if (n instanceof Text || n instanceof HtmlEntity) {
            words(literal(n.getChars()));
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            apart();
        } else if (n instanceof Code code) {
            words(code.getText().trim());
        } else if (n instanceof AutoLink link) {
            words(link.getText());
        } else if (n instanceof MailLink link) {
            words(link.getText().unescape());
        } else if (n instanceof Image || n instanceof ImageRef image && image.isDefined()) {
            // an image has no text, but the words on either side are apart
            if (n.getNext() != null) apart();
        } else if (n instanceof ImageRef undefined) {
            words(undefined.getChars().unescape());
        } else if (n instanceof LinkRef ref && !ref.isDefined()) {
            // written as it is, as the renderer writes a reference it cannot find
            if (!ref.hasChildren()) {
                words(ref.getChars().unescape());
            } else {
                words(ref.getChars().prefixOf(ref.getChildChars()).unescape());
                children(ref);
                words(ref.getChars().suffixOf(ref.getChildChars()).unescape());
            }
        } else if (n instanceof Footnote footnote) {
            if (footnote.getFootnoteBlock() != null) {
                words(Integer.toString(footnote.getFootnoteBlock().getFootnoteOrdinal()));
            } else {
                words("[^");
                children(footnote);
                words("]");
            }
        } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
            apart();
            out.append(n instanceof FencedCodeBlock f ? f.getContentChars().normalizeEOL()
                    : ((IndentedCodeBlock) n).getContentChars().trimTailBlankLines().normalizeEndWithEOL());
            apart();
        } else if (n instanceof FootnoteBlock || n instanceof Reference || n instanceof TableSeparator
                || n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
            // written elsewhere (footnotes), or not at all, or raw HTML, whose text only its parse knows
        } else if (n instanceof Block || n instanceof TableRow || n instanceof TableCell) {
            block(n);
        } else {
            children(n);
        }
    }

    private void block(Node n) {
        apart();
        children(n);
        apart();
    }

    /** A word break: one space, unless at the start or after one. */
    private void apart() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
    }

    /**
     * The characters as the reader sees them: unescaped when they hold an escape or an entity; as
     * one string, whose characters are read faster than a based sequence's.
     */
    private static CharSequence literal(BasedSequence chars) {
        String s = Chars.string(chars);
        return s.indexOf('\\') < 0 && s.indexOf('&') < 0 ? s : chars.unescape();
    }

    /** Adds {@code s} with each run of whitespace as one space (none after a space); zero-width spaces and soft hyphens dropped. */
    private void words(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
                apart();
            } else if (c != '\u200B' && c != '\u00AD') {
                out.append(c);
            }
        }
    }
}
