package vn.vungcao.ssg.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that drives a real headless Chromium. Without a browser the class is
 * skipped with a loud message, unless {@code CI=true}, where a missing browser is a failure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserTest.Condition.class)
public @interface BrowserTest {

    /** Decides whether the class can run. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Browsers.find().isPresent()) return ConditionEvaluationResult.enabled("a browser was found");
            String name = context.getRequiredTestClass().getSimpleName();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but no Chromium or Chrome was found for " + name + ". "
                        + Browsers.HOW_TO_INSTALL);
            }
            String banner = "\n"
                    + "##########################################################################\n"
                    + "# SKIPPED browser tests in " + name + ": no Chromium or Chrome found.\n"
                    + "# " + Browsers.HOW_TO_INSTALL + "\n"
                    + "##########################################################################\n";
            System.err.println(banner);
            return ConditionEvaluationResult.disabled("no Chromium or Chrome: " + Browsers.HOW_TO_INSTALL);
        }
    }
}
