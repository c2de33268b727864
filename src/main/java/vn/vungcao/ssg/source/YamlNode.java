package vn.vungcao.ssg.source;

import java.util.List;
import java.util.Optional;
import vn.vungcao.ssg.diag.Messages;
import vn.vungcao.ssg.diag.Position;

/** A YAML value with the file position where it starts. Immutable. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    Position position();

    /** Words for the kind of value, for messages: "a list", "a number", … */
    /** What kind of value this is, in the catalog's words ({@code yaml.kind.list}), for messages. */
    Messages.Term describe();

    /** What a plain or quoted scalar was read as. */
    enum ScalarKind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    /** A single value. {@code text} is the value as written (for NULL, the empty string). */
    record Scalar(Position position, String text, ScalarKind kind) implements YamlNode {
        @Override
        public Messages.Term describe() {
            return new Messages.Term(switch (kind) {
                case STRING -> "yaml.kind.text";
                case INTEGER, DECIMAL -> "yaml.kind.number";
                case BOOLEAN -> "yaml.kind.boolean";
                case NULL -> "yaml.kind.empty";
            });
        }
    }

    /** A list. */
    record Sequence(Position position, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public Messages.Term describe() {
            return new Messages.Term("yaml.kind.list");
        }
    }

    /** One {@code key: value} pair, with the key's own position. */
    record Entry(String key, Position keyPosition, YamlNode value) {
    }

    /** A mapping of keys to values, in the order written; keys are unique. */
    record Mapping(Position position, List<Entry> entries) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) return Optional.of(e);
            }
            return Optional.empty();
        }

        @Override
        public Messages.Term describe() {
            return new Messages.Term("yaml.kind.group");
        }
    }
}
