package se.linkoping.samverkan.cluster;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.linkoping.samverkan.SamverkanApplication;

/** A node started in this JVM: its engine and database at hand for the test. */
final class InProcessNode implements ApplicationNode {

    private final String name;
    private final ConfigurableApplicationContext context;

    private InProcessNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /** Starts a node on a free port; returns when it takes requests. */
    static InProcessNode start(String name, List<String> settings) {
        List<String> args = new ArrayList<>(settings);
        args.add("--server.port=0");
        return new InProcessNode(name, new SpringApplicationBuilder(SamverkanApplication.class)
                .run(args.toArray(String[]::new)));
    }

    String name() {
        return name;
    }

    ProcessEngine engine() {
        return context.getBean(ProcessEngine.class);
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    /** One of the node's beans, e.g. a schedule read from its settings. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** This node's job executor: it takes jobs from the shared database as the other node's does. */
    JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration()).getJobExecutor();
    }

    @Override
    public String baseUrl() {
        WebServerApplicationContext web = (WebServerApplicationContext) context;
        return "http://127.0.0.1:" + web.getWebServer().getPort();
    }

    /** Stops as an operator stops a node: running work is finished, the job executor shut down. */
    @Override
    public void stop() {
        if (context.isActive()) {
            context.close();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
