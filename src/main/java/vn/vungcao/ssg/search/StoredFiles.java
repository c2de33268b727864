package vn.vungcao.ssg.search;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.vungcao.ssg.store.Store;

/** The search files (the index, the questions, the code map's shards) as the {@link Store} in {@code .cache/search.bin} keeps them. */
public final class StoredFiles implements Store.Codec<List<byte[]>> {

    @Override
    public void write(DataOutputStream out, List<byte[]> files) throws IOException {
        out.writeInt(files.size());
        for (byte[] f : files) {
            out.writeInt(f.length);
            out.write(f);
        }
    }

    @Override
    public List<byte[]> read(Store.Input in, String key) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) throw new IOException("cut short");
        List<byte[]> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            files.add(in.readBytes(in.readInt()));
        }
        return List.copyOf(files);
    }
}
