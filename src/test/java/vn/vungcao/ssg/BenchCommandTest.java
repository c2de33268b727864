package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.cli.Main;

class BenchCommandTest {

    @TempDir
    Path tmp;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesARealSiteAndTimesTheRebuildsAfterEachKindOfEdit() throws Exception {
        Path dir = tmp.resolve("bench");
        Result r = run("bench", "--pages", "60", "--rounds", "0", "--rebuilds", "1", "--dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wrote a real site of 48 children and 12 news posts"), r.out());
        assertTrue(r.out().contains("names of three words or more (child.full-name warnings)"), r.out());
        // every body its own: as many different bodies as Markdown files
        assertTrue(Pattern.compile("\\b(\\d+) different bodies in \\1 Markdown files").matcher(r.out()).find(), r.out());
        for (String edit : new String[] {"| news post, body |", "| news post, title |", "| waiting child, story |"}) {
            assertTrue(r.out().contains(edit), edit + " in\n" + r.out());
        }
        assertTrue(r.out().contains("| pages rendered | files written |"), r.out());
        assertTrue(Files.isDirectory(dir.resolve("site/content/children")));
    }

    @Test
    void saysSoWhenHugoIsMissing() {
        Result r = run("bench", "--pages", "20", "--versus-hugo", "--hugo", tmp.resolve("no-hugo").toString(), "--rounds", "0",
                "--rebuilds", "0", "--dir", tmp.resolve("b").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Hugo was not found"), r.out());
        assertTrue(r.out().contains("timing ours alone"), r.out());
    }

    @Test
    void refusesAShapeItDoesNotKnow() {
        Result r = run("bench", "--shape", "square");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("--shape is real or tiny, not 'square'."), r.err());
    }
}
