package vn.vungcao.ssg.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds a Chromium or Chrome on this machine: {@code CHROME_PATH}, then the usual places. */
public final class Browsers {

    private static final List<String> USUAL = List.of(
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
            "/opt/google/chrome/chrome", "/snap/bin/chromium",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe");

    /** How to get one, for the message printed when there is none. */
    public static final String HOW_TO_INSTALL = "Install one (Debian/Ubuntu: sudo apt-get install chromium) "
            + "or point CHROME_PATH at a Chrome or Chromium executable.";

    private Browsers() {
    }

    public static Optional<Path> find() {
        String env = System.getenv("CHROME_PATH");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        return USUAL.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
