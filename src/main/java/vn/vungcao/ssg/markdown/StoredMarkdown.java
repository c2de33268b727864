package vn.vungcao.ssg.markdown;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.vungcao.ssg.store.Store;

/** Rendered bodies as the {@link Store} in {@code .cache/markdown.bin} keeps them. */
public final class StoredMarkdown implements Store.Codec<RenderedMarkdown> {

    @Override
    public void write(DataOutputStream out, RenderedMarkdown value) throws IOException {
        Store.writeText(out, value.html());
        Store.writeText(out, value.text());
        out.writeInt(value.headings().size());
        for (RenderedMarkdown.Heading h : value.headings()) {
            out.writeInt(h.level());
            Store.writeText(out, h.id());
            Store.writeText(out, h.text());
        }
    }

    @Override
    public RenderedMarkdown read(Store.Input in, String key) throws IOException {
        String html = in.readText();
        String text = in.readText();
        int count = in.readInt();
        List<RenderedMarkdown.Heading> headings = new ArrayList<>(Math.min(count, 64));
        for (int i = 0; i < count; i++) headings.add(new RenderedMarkdown.Heading(in.readInt(), in.readText(), in.readText()));
        return new RenderedMarkdown(html, headings, text);
    }
}
