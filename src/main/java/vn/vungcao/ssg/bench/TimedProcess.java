package vn.vungcao.ssg.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of a command as a process of its own, timed from its start to its exit: a one-shot build
 * pays for its JVM's start, which a build repeated in a warm JVM never shows. The wall time is taken
 * here; CPU time and peak resident memory come from GNU time ({@code /usr/bin/time}) when the
 * machine has it, and are unknown otherwise. Output goes to files in a scratch folder, not to the
 * terminal. Not thread-safe per scratch folder.
 */
public final class TimedProcess {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /**
     * What one run took.
     *
     * @param wallNanos  from starting the process to its exit
     * @param userSeconds CPU time in user mode, or -1 when unknown
     * @param systemSeconds CPU time in the kernel, or -1 when unknown
     * @param peakRssKb  the largest resident set of the process, in KiB, or -1 when unknown
     * @param exit       the exit code
     * @param stdout     what it printed on standard output
     * @param stderr     what it printed on standard error
     */
    public record Run(long wallNanos, double userSeconds, double systemSeconds, long peakRssKb, int exit, String stdout,
                      String stderr) {
        public boolean hasCpu() {
            return userSeconds >= 0;
        }
    }

    private TimedProcess() {
    }

    /** True when GNU time is there to measure CPU time and peak memory. */
    public static boolean measuresMemory() {
        return Files.isExecutable(GNU_TIME);
    }

    /**
     * Runs {@code command} with {@code env} added to this process's environment and waits for it.
     *
     * @param scratch a folder for the run's output and timing files (made when missing)
     */
    public static Run run(List<String> command, Map<String, String> env, Path scratch) throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path out = scratch.resolve("stdout.txt");
        Path err = scratch.resolve("stderr.txt");
        Path timing = scratch.resolve("time.txt");
        Files.deleteIfExists(timing);
        List<String> full = new ArrayList<>();
        boolean timed = measuresMemory();
        if (timed) full.addAll(List.of(GNU_TIME.toString(), "-o", timing.toString(), "-f", "%U %S %M"));
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        int exit = p.waitFor();
        long wall = System.nanoTime() - start;
        double user = -1;
        double system = -1;
        long rss = -1;
        if (timed && Files.exists(timing)) {
            // "Command exited with non-zero status N" may come first: the figures are the last line
            List<String> lines = Files.readAllLines(timing, StandardCharsets.UTF_8);
            String[] f = lines.isEmpty() ? new String[0] : lines.get(lines.size() - 1).trim().split("\\s+");
            if (f.length == 3) {
                try {
                    user = Double.parseDouble(f[0]);
                    system = Double.parseDouble(f[1]);
                    rss = Long.parseLong(f[2]);
                } catch (NumberFormatException e) {
                    user = system = -1;
                    rss = -1;
                }
            }
        }
        return new Run(wall, user, system, rss, exit, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * Writes what the system holds for the disks to them ({@code sync}, when there is one), so that a
     * run does not pay for writing out the run's before.
     */
    public static void sync() throws IOException, InterruptedException {
        Path sync = onPath("sync");
        if (sync != null) new ProcessBuilder(sync.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }

    /** The first of {@code name} on the PATH that can be run, or null. */
    public static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
        }
        return null;
    }
}
