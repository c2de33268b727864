package vn.vungcao.ssg.source;

import java.nio.file.Path;

/**
 * A text file of the site, read and normalised: UTF-8 without BOM, {@code \n} line ends, NFC.
 *
 * @param path     the file's path relative to the site folder, with {@code /} separators; used in
 *                 every diagnostic about it
 * @param location where the file is on disk
 * @param text     the normalised text
 */
public record SourceFile(String path, Path location, String text) {

    /** The file name without its folder. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The file name without its folder and without its last extension. */
    public String baseName() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
