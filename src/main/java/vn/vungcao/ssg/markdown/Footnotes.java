package vn.vungcao.ssg.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.Set;

/**
 * Footnotes written as Flexmark's footnote extension writes them, its parse kept: a reference as
 * {@code <sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup>} (a second reference to
 * the same note {@code fnref-1-1}, …), and the notes that are referred to, in their numbers' order,
 * at the end in {@code <div class="footnotes">}, each with a link back to every reference. It
 * stands in for the extension's renderer only to write the rule above the notes as HTML does,
 * {@code <hr>}, where the extension writes XHTML's {@code <hr />}, which the HTML checker warns
 * about. The notes' numbers must be resolved first ({@link Headings#anchor} does). Stateless.
 */
final class Footnotes implements PhasedNodeRenderer {

    /** The id of the {@code reference}-th reference (from 0) to the note numbered {@code ordinal}. */
    static String referenceId(int ordinal, int reference) {
        return "fnref-" + ordinal + (reference == 0 ? "" : "-" + reference);
    }

    /** The id of the note numbered {@code ordinal}. */
    static String noteId(int ordinal) {
        return "fn-" + ordinal;
    }

    /** The notes that are referred to, in the order of their numbers. */
    static List<FootnoteBlock> referenced(Document document) {
        return FootnoteExtension.FOOTNOTES.get(document).getReferencedFootnoteBlocks();
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Footnote.class, Footnotes::reference),
                // a note is written at the end, not where it is defined
                new NodeRenderingHandler<>(FootnoteBlock.class, (node, context, html) -> { }));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_BOTTOM);
    }

    @Override
    public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
        List<FootnoteBlock> notes = referenced(document);
        if (phase != RenderingPhase.BODY_BOTTOM || notes.isEmpty()) return;
        html.attr("class", "footnotes").withAttr().tagIndent("div", () -> {
            html.line().raw("<hr>").line();
            html.tagIndent("ol", () -> {
                for (FootnoteBlock note : notes) {
                    int ordinal = note.getFootnoteOrdinal();
                    html.attr("id", noteId(ordinal)).withAttr().tagIndent("li", () -> {
                        context.renderChildren(note);
                        for (int k = 0; k < note.getFootnoteReferences(); k++) {
                            html.attr("href", "#" + referenceId(ordinal, k)).attr("class", "footnote-backref")
                                    .line().withAttr().tag("a").raw("↩").tag("/a");
                        }
                    });
                }
            });
        });
    }

    private static void reference(Footnote node, NodeRendererContext context, HtmlWriter html) {
        FootnoteBlock note = node.getFootnoteBlock();
        if (note == null) {
            html.raw("[^");
            context.renderChildren(node);
            html.raw("]");
            return;
        }
        int ordinal = note.getFootnoteOrdinal();
        html.attr("id", referenceId(ordinal, node.getReferenceOrdinal())).withAttr().tag("sup", false, false, () ->
                html.attr("class", "footnote-ref").attr("href", "#" + noteId(ordinal)).withAttr().tag("a")
                        .raw(Integer.toString(ordinal)).tag("/a"));
    }
}
