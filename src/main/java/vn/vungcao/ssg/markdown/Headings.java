package vn.vungcao.ssg.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.vungcao.ssg.text.Slugs;

/**
 * Gives the headings of a parsed body their anchor ids, before it is rendered: the slug of the
 * heading's text ({@code muc} when it has no letter or digit), made unique in the page with
 * {@code -2}, {@code -3}, … and kept clear of every other id the page has (the footnotes' and the
 * raw HTML's). Headings are named in the order the page shows them, the footnotes' last. The id is
 * kept on the node ({@link Heading#setAnchorRefId}), where {@link SiteHtml} writes it from.
 */
final class Headings {

    private Headings() {
    }

    /**
     * Names the headings of {@code document} and resolves its footnotes' numbers.
     *
     * @param taken ids of elements other than headings that the raw HTML of the body writes
     * @return the headings in the order the page shows them
     */
    static List<RenderedMarkdown.Heading> anchor(Document document, Set<String> taken) {
        FootnoteExtension.FOOTNOTES.get(document).resolveFootnoteOrdinals();
        Set<String> used = new HashSet<>(taken);
        List<FootnoteBlock> footnotes = Footnotes.referenced(document);
        if (!footnotes.isEmpty()) {
            for (Node n : document.getDescendants()) {
                if (n instanceof Footnote f && f.getFootnoteBlock() != null && f.getFootnoteBlock().getFootnoteOrdinal() > 0) {
                    int ordinal = f.getFootnoteBlock().getFootnoteOrdinal();
                    used.add(Footnotes.referenceId(ordinal, f.getReferenceOrdinal()));
                }
            }
            for (FootnoteBlock block : footnotes) used.add(Footnotes.noteId(block.getFootnoteOrdinal()));
        }
        List<RenderedMarkdown.Heading> headings = new ArrayList<>();
        name(document, used, headings);
        for (FootnoteBlock block : footnotes) name(block, used, headings);
        return headings;
    }

    /** Names the headings below {@code parent}, outside footnotes (which the page shows last). */
    private static void name(Node parent, Set<String> used, List<RenderedMarkdown.Heading> headings) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FootnoteBlock) continue;
            if (n instanceof Heading h) {
                String text = BodyText.of(h);
                String id = Slugs.slug(text);
                if (id.isEmpty()) id = "muc";
                String unique = id;
                for (int k = 2; !used.add(unique); k++) unique = id + "-" + k;
                h.setAnchorRefId(unique);
                headings.add(new RenderedMarkdown.Heading(h.getLevel(), unique, text));
            } else {
                name(n, used, headings);
            }
        }
    }
}
