package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


/**
 * The GitHub workflows: a pull request's content is checked, previewed and compared with the
 * base branch's in a fast job that runs the packaged generator; the tests run in a job of their
 * own that always reports but runs {@code mvn verify} only when the code changed; pushes to main
 * are published with the Pages actions. Every command they run is shown in the README.
 */
class WorkflowsTest {

    private static final Path REPO = ExampleSite.REPO;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String PACKAGE = "mvn -q -B package -DskipTests";

    @TempDir
    Path dir;

    private static JsonNode workflow(String name) throws Exception {
        return YAML.readTree(REPO.resolve(".github/workflows/" + name).toFile());
    }

    private static List<JsonNode> steps(JsonNode job) {
        List<JsonNode> steps = new ArrayList<>();
        job.path("steps").forEach(steps::add);
        return steps;
    }

    private static List<JsonNode> allSteps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.get("jobs").forEach(job -> steps.addAll(steps(job)));
        return steps;
    }

    private static List<String> runs(List<JsonNode> steps) {
        return steps.stream().filter(s -> s.has("run")).map(s -> s.get("run").asText().strip()).toList();
    }

    private static JsonNode uses(List<JsonNode> steps, String action) {
        return steps.stream().filter(s -> s.path("uses").asText().startsWith(action + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    private static JsonNode running(List<JsonNode> steps, String start) {
        return steps.stream().filter(s -> s.path("run").asText().strip().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no step runs " + start + "…: " + runs(steps)));
    }

    private static void javaWithMavenCache(List<JsonNode> steps) {
        JsonNode java = uses(steps, "actions/setup-java").get("with");
        assertEquals("17", java.get("java-version").asText());
        assertEquals("maven", java.get("cache").asText());
    }

    @Test
    void aPullRequestsContentIsCheckedPreviewedAndComparedWithThePackagedGenerator() throws Exception {
        JsonNode check = workflow("check.yml");
        assertTrue(check.get("on").has("pull_request"));
        JsonNode content = check.get("jobs").get("content");
        assertFalse(content.has("if"), "the content job runs on every pull request");
        List<JsonNode> steps = steps(content);
        javaWithMavenCache(steps);
        List<String> runs = runs(steps);
        // the generator is made once, then every command runs through the launcher, not through Maven
        assertEquals(PACKAGE, runs.get(0), runs.toString());
        assertTrue(runs.subList(1, runs.size()).stream().allMatch(r -> r.startsWith("bin/vungcao ") || r.startsWith("git ")),
                runs.toString());
        assertTrue(running(steps, "bin/vungcao check").get("run").asText()
                .contains("--format github --summary \"$GITHUB_STEP_SUMMARY\""));
        assertEquals("bin/vungcao build --preview --out preview", running(steps, "bin/vungcao build --preview").get("run").asText().strip());
        JsonNode upload = uses(steps, "actions/upload-artifact");
        assertEquals("site-preview", upload.get("with").get("name").asText());
        assertEquals("preview/", upload.get("with").get("path").asText());

        // the base branch's content: the merge commit's first parent, built by this pull request's generator
        assertEquals("2", uses(steps, "actions/checkout").get("with").get("fetch-depth").asText());
        JsonNode base = running(steps, "git worktree add");
        assertTrue(base.get("run").asText().contains("HEAD^1"));
        String baseFolder = base.get("run").asText().strip().replaceFirst(".* (\\S+) HEAD\\^1$", "$1");
        assertTrue(running(steps, "bin/vungcao build --site " + baseFolder + " --out ").has("if"));
        JsonNode changes = running(steps, "bin/vungcao changes");
        String compare = changes.get("run").asText();
        assertTrue(compare.contains("--summary \"$GITHUB_STEP_SUMMARY\"") && compare.contains("--after public"), compare);
        assertTrue(compare.contains("--preview-url \"$PREVIEW_URL\""), compare);
        assertEquals("${{ steps.preview.outputs.artifact-url }}", changes.get("env").get("PREVIEW_URL").asText());
        assertEquals("preview", upload.get("id").asText());
        for (JsonNode s : List.of(base, changes)) {
            assertEquals("github.event_name == 'pull_request'", s.get("if").asText(), "no base branch without a pull request");
        }
        assertFalse(runs.contains("mvn verify"), "the content job does not wait for the tests");
    }

    @Test
    void theTestsRunWhenTheCodeChangesInAJobThatAlwaysReports() throws Exception {
        JsonNode check = workflow("check.yml");
        // a required check that never reports blocks merging: no paths filter on the workflow, no condition on the job
        assertFalse(check.get("on").path("pull_request").has("paths"));
        assertFalse(check.get("on").path("pull_request").has("paths-ignore"));
        JsonNode tests = check.get("jobs").get("tests");
        assertFalse(tests.has("if"));
        assertFalse(tests.has("needs"), "the tests do not wait for the content job");
        List<JsonNode> steps = steps(tests);
        assertEquals("2", uses(steps, "actions/checkout").get("with").get("fetch-depth").asText());
        JsonNode gate = running(steps, ".ci/code-changed");
        assertEquals("code", gate.get("id").asText());
        JsonNode verify = running(steps, "mvn verify");
        assertEquals("steps.code.outputs.changed == 'true'", verify.get("if").asText());
        assertEquals("/usr/bin/google-chrome", verify.get("env").get("CHROME_PATH").asText());
        javaWithMavenCache(steps);
        assertEquals("steps.code.outputs.changed == 'true'", uses(steps, "actions/setup-java").get("if").asText());
    }

    /** Runs {@code .ci/code-changed} in a repository whose last commit changes {@code file}; returns its output's value. */
    private String codeChanged(String file, String event) throws Exception {
        Path repo = dir.resolve("repo");
        git(repo.getParent(), "init", "-q", repo.toString());
        Files.writeString(repo.resolve("README.md"), "x\n");
        git(repo, "add", "-A");
        git(repo, "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-q", "-m", "base");
        Path changed = repo.resolve(file);
        Files.createDirectories(changed.getParent());
        Files.writeString(changed, "changed\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        git(repo, "add", "-A");
        git(repo, "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-q", "-m", "change");
        Path output = dir.resolve("output");
        Files.deleteIfExists(output);
        ProcessBuilder sh = new ProcessBuilder("sh", REPO.resolve(".ci/code-changed").toString()).directory(repo.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = sh.environment();
        env.put("GITHUB_EVENT_NAME", event);
        env.put("GITHUB_OUTPUT", output.toString());
        env.put("GITHUB_STEP_SUMMARY", dir.resolve("summary").toString());
        Process p = sh.start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), printed);
        return Files.readString(output).strip();
    }

    private static void git(Path in, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), command + ": " + printed);
    }

    @ParameterizedTest
    @CsvSource({
        "content/news/2026-01-01-tin.md, pull_request, false",
        "content/images/a.jpg, pull_request, false",
        "site-config.yml, pull_request, false",
        "README.md, pull_request, false",
        "src/main/java/A.java, pull_request, true",
        "pom.xml, pull_request, true",
        "themes/vungcao/static/css/site.css, pull_request, true",
        ".github/workflows/check.yml, pull_request, true",
        "bin/vungcao, pull_request, true",
        ".ci/run, pull_request, true",
        ".mvn/jvm.config, pull_request, true",
        "content/news/2026-01-01-tin.md, workflow_dispatch, true",
    })
    void theTestsRunForAChangeOfTheCodeOnly(String file, String event, boolean runs) throws Exception {
        assertEquals("changed=" + runs, codeChanged(file, event));
    }

    @Test
    void pushesToMainAreBuiltWithThePackagedGeneratorAndDeployedToPages() throws Exception {
        JsonNode deploy = workflow("deploy.yml");
        assertTrue(deploy.get("on").get("push").get("branches").toString().contains("main"));
        assertEquals("write", deploy.get("permissions").get("pages").asText());
        assertEquals("write", deploy.get("permissions").get("id-token").asText());
        assertEquals("pages", deploy.get("concurrency").get("group").asText());
        List<JsonNode> steps = allSteps(deploy);
        uses(steps, "actions/configure-pages");
        assertEquals("public/", uses(steps, "actions/upload-pages-artifact").get("with").get("path").asText());
        uses(steps, "actions/deploy-pages");
        assertEquals("~/.cache/vungcao-site", uses(steps, "actions/cache").get("with").get("path").asText());
        List<String> runs = runs(steps);
        assertEquals(List.of(PACKAGE, "bin/vungcao build --base-url ${{ steps.pages.outputs.base_url }}/"), runs);
    }

    @Test
    void everyCommandTheWorkflowsRunIsInTheReadme() throws Exception {
        String readme = Files.readString(REPO.resolve("README.md"));
        for (String name : List.of("check.yml", "deploy.yml")) {
            for (String run : runs(allSteps(workflow(name)))) {
                assertTrue(readme.contains(run), name + " runs '" + run + "', which the README does not show");
            }
        }
        String ci = Files.readString(REPO.resolve(".ci/run"));
        String testCommand = readme.lines().limit(6).filter(l -> l.startsWith("mvn verify")).findFirst().orElse(null);
        assertTrue(testCommand != null, "the test command is among the first lines");
        assertTrue(ci.lines().anyMatch(l -> l.equals(testCommand)), ".ci/run runs exactly the README's '" + testCommand + "'");
    }
}
