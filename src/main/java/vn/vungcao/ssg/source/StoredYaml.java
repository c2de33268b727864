package vn.vungcao.ssg.source;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.store.Store;

/**
 * Front matter read as YAML, as the {@link Store} in {@code .cache/front-matter.bin} keeps it:
 * every node with its line and column (the file is the store's key).
 */
public final class StoredYaml implements Store.Codec<YamlNode.Mapping> {

    private static final int SCALAR = 0;
    private static final int SEQUENCE = 1;
    private static final int MAPPING = 2;
    private static final YamlNode.ScalarKind[] KINDS = YamlNode.ScalarKind.values();

    @Override
    public void write(DataOutputStream out, YamlNode.Mapping value) throws IOException {
        node(out, value);
    }

    private static void node(DataOutputStream out, YamlNode node) throws IOException {
        if (node instanceof YamlNode.Scalar s) {
            out.writeByte(SCALAR);
            position(out, s.position());
            Store.writeText(out, s.text());
            out.writeByte(s.kind().ordinal());
        } else if (node instanceof YamlNode.Sequence s) {
            out.writeByte(SEQUENCE);
            position(out, s.position());
            out.writeInt(s.items().size());
            for (YamlNode item : s.items()) node(out, item);
        } else if (node instanceof YamlNode.Mapping m) {
            out.writeByte(MAPPING);
            position(out, m.position());
            out.writeInt(m.entries().size());
            for (YamlNode.Entry e : m.entries()) {
                Store.writeText(out, e.key());
                position(out, e.keyPosition());
                node(out, e.value());
            }
        }
    }

    private static void position(DataOutputStream out, Position p) throws IOException {
        out.writeInt(p.line());
        out.writeInt(p.column());
    }

    @Override
    public YamlNode.Mapping read(Store.Input in, String key) throws IOException {
        if (read(in, key, 0) instanceof YamlNode.Mapping m) return m;
        throw new IOException("not a mapping");
    }

    private static YamlNode read(Store.Input in, String file, int depth) throws IOException {
        if (depth > 100) throw new IOException("nested too deeply");
        int tag = in.readByte();
        Position position = new Position(file, in.readInt(), in.readInt());
        switch (tag) {
            case SCALAR -> {
                String text = in.readText();
                int kind = in.readByte();
                if (kind < 0 || kind >= KINDS.length) throw new IOException("unknown scalar kind");
                return new YamlNode.Scalar(position, text, KINDS[kind]);
            }
            case SEQUENCE -> {
                int count = in.readInt();
                List<YamlNode> items = new ArrayList<>(Math.min(count, 64));
                for (int i = 0; i < count; i++) items.add(read(in, file, depth + 1));
                return new YamlNode.Sequence(position, items);
            }
            case MAPPING -> {
                int count = in.readInt();
                List<YamlNode.Entry> entries = new ArrayList<>(Math.min(count, 64));
                for (int i = 0; i < count; i++) {
                    String key = in.readText();
                    Position keyPosition = new Position(file, in.readInt(), in.readInt());
                    entries.add(new YamlNode.Entry(key, keyPosition, read(in, file, depth + 1)));
                }
                return new YamlNode.Mapping(position, entries);
            }
            default -> throw new IOException("unknown node");
        }
    }
}
