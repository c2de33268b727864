package vn.vungcao.ssg.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import vn.vungcao.ssg.diag.DiagnosticPrinter;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;

/**
 * The one policy for what the generator reads from a site folder. A pull request can commit
 * symbolic links and file names that no editor would type, so:
 * <ul>
 * <li>a file is read only when it is a regular file itself (a link is never followed, whatever it
 * points at) and its real path, with every folder on the way resolved, lies inside the site's
 * real folder: a folder of the site that is a link out of it reads as empty;</li>
 * <li>a name with a control character or a backslash is refused: it could rewrite the
 * maintainer's terminal, and a backslash is a folder separator on Windows but not on the web.</li>
 * </ul>
 * Reports name the file as {@link #printable} shows it. Immutable and thread-safe.
 */
public final class SiteFiles {

    private final Path root;
    /** The site folder with its links resolved, or the folder as given when it cannot be resolved. */
    private final Path realRoot;

    public SiteFiles(Path siteRoot) {
        this.root = siteRoot.toAbsolutePath().normalize();
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = root;
        }
        this.realRoot = real;
    }

    /** What a path of the site is, its links not followed. */
    public enum Kind {
        /** A regular file inside the site. */
        FILE,
        /** A folder inside the site. */
        FOLDER,
        /** A symbolic link, or a path whose real place is outside the site (through a linked folder). */
        LINK,
        /** A device, a pipe or a socket. */
        SPECIAL,
        MISSING
    }

    /** What {@code path} is: links are never followed, and anything whose real place is outside the site is a link. */
    public Kind kind(Path path) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Kind.MISSING;
        }
        if (attrs.isSymbolicLink()) return Kind.LINK;
        if (!attrs.isRegularFile() && !attrs.isDirectory()) return Kind.SPECIAL;
        if (!insideByRealPath(path)) return Kind.LINK;
        return attrs.isDirectory() ? Kind.FOLDER : Kind.FILE;
    }

    /** True when {@code path} may be read: a regular file of the site, reached without leaving it. */
    public boolean isFile(Path path) {
        return kind(path) == Kind.FILE;
    }

    /** True when {@code path} is a folder of the site, reached without leaving it. */
    public boolean isFolder(Path path) {
        return kind(path) == Kind.FOLDER;
    }

    private boolean insideByRealPath(Path path) {
        try {
            return path.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether {@code path} may be read as a file of the site. A link, a special file or a path
     * outside the site is reported as an error ({@code file.link}) and gives false; a missing
     * path gives false silently.
     */
    public boolean checkFile(Path path, Diagnostics diagnostics) {
        Kind kind = kind(path);
        if (kind == Kind.FILE) return true;
        if (kind == Kind.LINK || kind == Kind.SPECIAL) reportLink(path, kind, diagnostics);
        return false;
    }

    /** As {@link #checkFile} for a folder: false, and an error, when it is a link or not inside the site. */
    public boolean checkFolder(Path path, Diagnostics diagnostics) {
        Kind kind = kind(path);
        if (kind == Kind.FOLDER) return true;
        if (kind == Kind.LINK || kind == Kind.SPECIAL) reportLink(path, kind, diagnostics);
        return false;
    }

    /** Reports {@code path}, a link or a special file, as an error. */
    public void reportLink(Path path, Kind kind, Diagnostics diagnostics) {
        if (kind == Kind.SPECIAL) {
            diagnostics.error("file.special", Position.ofFile(relative(path)));
        } else {
            diagnostics.error("file.link", Position.ofFile(relative(path)));
        }
    }

    /**
     * Reports every link, special file and badly named file under {@code folder} (a folder of the
     * site, such as its theme), without following links; nothing when the folder is absent. The
     * readers of such a folder skip what is reported here, by {@link #isFile}.
     */
    public void audit(Path folder, Diagnostics diagnostics) {
        Kind top = kind(folder);
        if (top == Kind.MISSING || top == Kind.FILE) return;
        if (top != Kind.FOLDER) {
            reportLink(folder, top, diagnostics);
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return badName(dir, diagnostics) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (badName(file, diagnostics)) return FileVisitResult.CONTINUE;
                    if (attrs.isSymbolicLink()) reportLink(file, Kind.LINK, diagnostics);
                    else if (!attrs.isRegularFile()) reportLink(file, Kind.SPECIAL, diagnostics);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // an unreadable folder reads as empty; its readers report what they miss
        }
    }

    /** Reports a path whose name is refused ({@link #nameProblem}); true when it was. */
    public boolean badName(Path path, Diagnostics diagnostics) {
        String rel = relative(path);
        Optional<Character> problem = nameProblem(rel);
        if (problem.isEmpty()) return false;
        if (problem.get() == '\\') diagnostics.error("file.bad-name/backslash", Position.ofFile(rel));
        else diagnostics.error("file.bad-name", Position.ofFile(rel), String.format("U+%04X", (int) problem.get()));
        return true;
    }

    /** The path of {@code file} relative to the site folder, with {@code /} separators. */
    public String relative(Path file) {
        return slashed(root.relativize(file.toAbsolutePath().normalize()));
    }

    /**
     * A relative path with {@code /} between its names, whatever the platform's separator: a
     * backslash inside a name (possible on Linux) stays a backslash, for {@link #nameProblem} to see.
     */
    public static String slashed(Path relative) {
        if (relative.getNameCount() <= 1) return relative.toString();
        StringBuilder out = new StringBuilder();
        for (Path name : relative) {
            if (out.length() > 0) out.append('/');
            out.append(name);
        }
        return out.toString();
    }

    /**
     * The first character that refuses a file's name (the path relative to the site, {@code /}
     * separated): a backslash or a character {@link vn.vungcao.ssg.diag.DiagnosticPrinter#isUnprintable}
     * finds; empty when the name is fine.
     */
    public static Optional<Character> nameProblem(String relativePath) {
        for (int i = 0; i < relativePath.length(); i++) {
            char c = relativePath.charAt(i);
            if (c == '\\' || DiagnosticPrinter.isUnprintable(c)) return Optional.of(c);
        }
        return Optional.empty();
    }

    /** {@code text} safe to print: see {@link vn.vungcao.ssg.diag.DiagnosticPrinter#printable}. */
    public static String printable(String text) {
        return DiagnosticPrinter.printable(text);
    }
}
