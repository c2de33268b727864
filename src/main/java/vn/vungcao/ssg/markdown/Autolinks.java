package vn.vungcao.ssg.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Flexmark's autolink extension (a bare {@code https://…}, {@code www.…} or e-mail address in
 * text becomes a link), given only the text that can hold one: its post-processor runs a regular
 * expression and the link extractor over every text node, which took a quarter of the Markdown
 * stage on the club's bodies (Vietnamese prose, few links), and almost all of that on text
 * without {@code ://}, {@code www.} or {@code @}, where it finds nothing. The links made are the
 * extension's own.
 */
final class Autolinks implements Parser.ParserExtension {

    static Autolinks create() {
        return new Autolinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessorFactory(new Factory());
    }

    /** Whether {@code text} holds what every autolink has: a scheme's {@code ://}, {@code www.} or an {@code @}. */
    static boolean mayHoldLink(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '@') return true;
            if (c == ':' && i + 2 < n && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') return true;
            if (c == 'w' && i + 3 < n && text.charAt(i + 1) == 'w' && text.charAt(i + 2) == 'w' && text.charAt(i + 3) == '.') {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(node.getChars())) links.process(state, node);
                }
            };
        }
    }
}
