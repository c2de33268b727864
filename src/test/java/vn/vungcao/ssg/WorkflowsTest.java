package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GitHub workflows run the README's commands and publish with the Pages actions. */
class WorkflowsTest {

    private static final Path REPO = ExampleSite.REPO;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode workflow(String name) throws Exception {
        return YAML.readTree(REPO.resolve(".github/workflows/" + name).toFile());
    }

    private static List<JsonNode> steps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.get("jobs").forEach(job -> {
            if (job.has("steps")) job.get("steps").forEach(steps::add);
        });
        return steps;
    }

    private static List<String> runs(JsonNode workflow) {
        return steps(workflow).stream().filter(s -> s.has("run")).map(s -> s.get("run").asText().strip()).toList();
    }

    private static JsonNode uses(JsonNode workflow, String action) {
        return steps(workflow).stream().filter(s -> s.path("uses").asText().startsWith(action + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    @Test
    void pullRequestsAreCheckedTestedAndPreviewed() throws Exception {
        JsonNode check = workflow("check.yml");
        assertTrue(check.get("on").has("pull_request"));
        JsonNode java = uses(check, "actions/setup-java").get("with");
        assertEquals("17", java.get("java-version").asText());
        assertEquals("maven", java.get("cache").asText());
        List<String> runs = runs(check);
        assertTrue(runs.contains("mvn -q compile exec:java -Dexec.args=\"check --format github\""), runs.toString());
        assertTrue(runs.contains("mvn verify"), runs.toString());
        assertTrue(runs.contains("mvn -q compile exec:java"), runs.toString());
        JsonNode upload = uses(check, "actions/upload-artifact").get("with");
        assertEquals("site-preview", upload.get("name").asText());
        assertEquals("public/", upload.get("path").asText());
    }

    @Test
    void pushesToMainAreDeployedToPages() throws Exception {
        JsonNode deploy = workflow("deploy.yml");
        assertTrue(deploy.get("on").get("push").get("branches").toString().contains("main"));
        assertEquals("write", deploy.get("permissions").get("pages").asText());
        assertEquals("write", deploy.get("permissions").get("id-token").asText());
        assertEquals("pages", deploy.get("concurrency").get("group").asText());
        uses(deploy, "actions/configure-pages");
        assertEquals("public/", uses(deploy, "actions/upload-pages-artifact").get("with").get("path").asText());
        uses(deploy, "actions/deploy-pages");
        assertTrue(runs(deploy).stream().anyMatch(r -> r.contains("build --base-url ${{ steps.pages.outputs.base_url }}/")));
    }

    @Test
    void everyCommandTheWorkflowsRunIsInTheReadme() throws Exception {
        String readme = Files.readString(REPO.resolve("README.md"));
        for (String name : List.of("check.yml", "deploy.yml")) {
            for (String run : runs(workflow(name))) {
                assertTrue(readme.contains(run), name + " runs '" + run + "', which the README does not show");
            }
        }
        String ci = Files.readString(REPO.resolve(".ci/run"));
        assertTrue(ci.lines().anyMatch(l -> l.strip().equals("mvn -B verify") || l.strip().equals("mvn verify")));
        assertTrue(readme.lines().limit(6).anyMatch(l -> l.startsWith("mvn verify")), "the test command is among the first lines");
    }
}
