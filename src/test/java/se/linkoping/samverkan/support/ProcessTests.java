package se.linkoping.samverkan.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The engine of the process tests: in memory, with coverage, and bound to camunda-bpm-assert
 * explicitly, because the Spring Boot tests run their own engine in the same JVM.
 */
public final class ProcessTests {

    private ProcessTests() {
    }

    public static ProcessEngineCoverageExtension engineWithCoverage() {
        return ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
                .assertClassCoverageAtLeast(1.0)
                .build();
    }

    /** The same engine for tests that run the models without walking every path (the calendar over a year). */
    public static ProcessEngineCoverageExtension engine() {
        return ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").build();
    }

    /** Call before each test: camunda-bpm-assert then asserts against the process-test engine. */
    public static void bindAssertions(ProcessEngineCoverageExtension engine) {
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    /** Call after each test: unbinds the assertions, forgets mocked beans, the moved clock and the user. */
    public static void cleanUp(ProcessEngineCoverageExtension engine) {
        BpmnAwareTests.reset();
        Mocks.reset();
        ClockUtil.reset();
        engine.getProcessEngine().getIdentityService().clearAuthentication();
    }
}
