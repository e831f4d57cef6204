package se.linkoping.samverkan.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.benchmark.Timing.Median;

/**
 * Tasklist as a member of a candidate group uses it (authorization on) against the same requests as an
 * administrator (in {@code camunda-admin}, granted everything on {@code *}; Camunda 7 checks an administrator's
 * queries too, task by task): the group's filter's first page of 15, its
 * count, a plain task query, and the filter Tasklist opens first (<i>Mina gruppers uppgifter</i>: the tasks of
 * all of the member's groups, against the administrator's task query for the same groups), at growing numbers of
 * open tasks of the group with as many of other groups' tasks beside them. Each size also checks that the
 * member sees exactly the group's tasks. The filter's count and page are also timed in the engine itself, as the
 * member against no user at all (no authorization check in the SQL): what the check itself costs.
 */
final class TasklistBenchmark {

    static final String SECTION = "Tasklist: EST member against administrator";
    private static final String PROCESS = "benchmark-group-tasks";
    private static final String GROUP = "est";
    /** The member: in EST and the police, as Tasklist users are in several groups. */
    private static final String MEMBER = "anna.lindqvist";
    private static final List<String> OTHER_GROUPS = List.of("coordination-group", "security-unit");
    private static final int BATCH = 250;
    private static final String LIST_BODY = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BenchmarkApp app;
    private final BenchmarkSuite.Settings settings;
    private final Results results;

    TasklistBenchmark(BenchmarkApp app, BenchmarkSuite.Settings settings, Results results) {
        this.app = app;
        this.settings = settings;
        this.results = results;
    }

    void run() throws Exception {
        deploy();
        String filter = filterOf("group:" + GROUP);
        String landing = filterOf("my-groups");
        List<String> memberGroups = app.bean(IdentityService.class).createGroupQuery().groupMember(MEMBER).list()
                .stream().map(Group::getId).toList();
        Map<String, Http.Call[]> queries = queries(filter, landing, memberGroups);
        Http member = new Http(app.baseUrl, MEMBER, "demo");
        Http admin = new Http(app.baseUrl, "admin", "demo");
        int loaded = 0;
        Map<String, Median> memberAtFirst = new LinkedHashMap<>();
        Map<String, Median> memberAtLast = new LinkedHashMap<>();
        Map<String, Median> adminAtFirst = new LinkedHashMap<>();
        Map<String, Median> adminAtLast = new LinkedHashMap<>();
        for (int size : settings.taskSizes()) {
            long start = System.nanoTime();
            start(GROUP, size - loaded);
            for (int i = 0; i < OTHER_GROUPS.size(); i++) {
                int share = size / OTHER_GROUPS.size() - loaded / OTHER_GROUPS.size();
                start(OTHER_GROUPS.get(i), share);
            }
            loaded = size;
            // the statistics autovacuum (PostgreSQL) or H2 would have after a while: the steady state, not the
            // moment after a bulk load, whose plans depend on when the statistics happen to be refreshed
            new JdbcTemplate(app.dataSource()).execute("ANALYZE");
            results.note(SECTION, String.format("%s: %,d EST tasks and %,d of other groups loaded in %.0f s",
                    app.database.shown, size, size, (System.nanoTime() - start) / 1e9));
            checkVisibility(member, admin, filter, size);
            for (Map.Entry<String, Http.Call[]> query : queries.entrySet()) {
                Median asMember = Timing.median(settings.repetitions(), settings.budgetMillis(),
                        () -> query.getValue()[0].call(member));
                Median asAdmin = Timing.median(settings.repetitions(), settings.budgetMillis(),
                        () -> query.getValue()[query.getValue().length - 1].call(admin));
                double ratio = asMember.millis() / asAdmin.millis();
                // the target against the administrator, whose queries the engine checks too (see above)
                results.add(SECTION, new Results.Row(app.database.shown,
                        String.format("%,d tasks: %s", size, query.getKey()), "member " + asMember.shown(),
                        "admin (checked too) " + asAdmin.shown(), ratio, "≤ 2", ratio <= 2));
                memberAtFirst.putIfAbsent(query.getKey(), asMember);
                memberAtLast.put(query.getKey(), asMember);
                adminAtFirst.putIfAbsent(query.getKey(), asAdmin);
                adminAtLast.put(query.getKey(), asAdmin);
            }
            withoutCheck(filter, memberGroups, size);
        }
        List<Integer> sizes = settings.taskSizes();
        if (sizes.size() > 1) {
            for (String query : memberAtFirst.keySet()) {
                double growth = memberAtLast.get(query).millis() / memberAtFirst.get(query).millis();
                results.add(SECTION, new Results.Row(app.database.shown,
                        String.format("member's %s: %,d against %,d tasks", query, sizes.get(sizes.size() - 1), sizes.get(0)),
                        memberAtLast.get(query).shown(), memberAtFirst.get(query).shown(), growth, "≤ 3", growth <= 3));
                // what the engine's SQL grows by whoever asks: the member's growth beside it tells whether the
                // member's authorization adds to it
                double adminGrowth = adminAtLast.get(query).millis() / adminAtFirst.get(query).millis();
                results.add(SECTION, new Results.Row(app.database.shown,
                        String.format("member's growth of %s against the administrator's", query),
                        String.format(Locale.ROOT, "member %.2f ×", growth),
                        String.format(Locale.ROOT, "admin %.2f ×", adminGrowth), growth / adminGrowth, null, null));
            }
        }
    }

    /**
     * The filter's count and first page (newest first, as Tasklist sorts it) in the engine, as the member and with
     * no authorization check at all: the reference the issue meant by "the administrator, checks skipped".
     */
    private void withoutCheck(String filter, List<String> memberGroups, int size) throws Exception {
        FilterService filters = app.bean(FilterService.class);
        IdentityService identity = app.bean(IdentityService.class);
        TaskService tasks = app.bean(TaskService.class);
        Map<String, Timing.Call> calls = new LinkedHashMap<>();
        calls.put("filter count", () -> filters.count(filter));
        calls.put("filter page (15, newest first)", () -> filters.listPage(filter,
                tasks.createTaskQuery().orderByTaskCreateTime().desc(), 0, 15));
        for (Map.Entry<String, Timing.Call> call : calls.entrySet()) {
            Median asMember = Timing.median(settings.repetitions(), settings.budgetMillis(), () -> {
                identity.setAuthentication(MEMBER, memberGroups);
                try {
                    call.getValue().run();
                } finally {
                    identity.clearAuthentication();
                }
            });
            Median unchecked = Timing.median(settings.repetitions(), settings.budgetMillis(), call.getValue());
            double ratio = asMember.millis() / unchecked.millis();
            results.add(SECTION, new Results.Row(app.database.shown,
                    String.format("%,d tasks: %s in the engine, member against no check", size, call.getKey()),
                    "member " + asMember.shown(), "no check " + unchecked.shown(), ratio, "≤ 2", ratio <= 2));
        }
    }

    /** Each query as the member and the administrator make it (one call when it is the same for both). */
    private Map<String, Http.Call[]> queries(String filter, String landing, List<String> memberGroups)
            throws Exception {
        Map<String, Http.Call[]> queries = new LinkedHashMap<>();
        queries.put("filter list (15)", new Http.Call[] {http -> http.post("/engine-rest/filter/" + filter
                + "/list?firstResult=0&maxResults=15", LIST_BODY, "application/hal+json", 200)});
        queries.put("filter count", new Http.Call[] {
                http -> http.get("/engine-rest/filter/" + filter + "/count", "application/json")});
        queries.put("task query (15)", new Http.Call[] {http -> http.get(
                "/engine-rest/task?firstResult=0&maxResults=15&sortBy=created&sortOrder=desc", "application/json")});
        // the administrator's groups have no tasks: the same filter with the member's groups named instead
        FilterService filters = app.bean(FilterService.class);
        Filter named = filters.newTaskFilter("Benchmark: the member's groups named");
        named.setQuery(app.bean(TaskService.class).createTaskQuery()
                .taskCandidateGroupIn(memberGroups).includeAssignedTasks());
        String sameGroups = filters.saveFilter(named).getId();
        queries.put("Mina gruppers uppgifter (15)", new Http.Call[] {
                http -> http.post("/engine-rest/filter/" + landing + "/list?firstResult=0&maxResults=15", LIST_BODY,
                        "application/hal+json", 200),
                http -> http.post("/engine-rest/filter/" + sameGroups + "/list?firstResult=0&maxResults=15", LIST_BODY,
                        "application/hal+json", 200)});
        return queries;
    }

    /** The member sees the group's tasks and no others; the administrator sees all. */
    private void checkVisibility(Http member, Http admin, String filter, int size) throws Exception {
        long filtered = count(member.get("/engine-rest/filter/" + filter + "/count", "application/json"));
        long all = count(member.get("/engine-rest/task/count", "application/json"));
        long everyone = count(admin.get("/engine-rest/task/count", "application/json"));
        if (filtered != size || all != size || everyone < 2L * size) {
            throw new IllegalStateException("The member sees " + filtered + " tasks in the filter and " + all
                    + " in all, the administrator " + everyone + ", with " + size + " of the group");
        }
    }

    private static long count(String json) throws Exception {
        return JSON.readTree(json).get("count").asLong();
    }

    private void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Work").name("Uppgift i mätningen").camundaCandidateGroups("${group}")
                .multiInstance().parallel().cardinality("${count}").multiInstanceDone()
                .endEvent().done();
        app.bean(RepositoryService.class).createDeployment().name("benchmark")
                .addModelInstance(PROCESS + ".bpmn", model).deploy();
    }

    /** Starts instances with {@value #BATCH} tasks each (no user is signed in here: no checks, as for a job). */
    private void start(String group, int tasks) {
        RuntimeService runtime = app.bean(RuntimeService.class);
        for (int left = tasks; left > 0; left -= BATCH) {
            runtime.startProcessInstanceByKey(PROCESS, Map.of("group", group, "count", Math.min(BATCH, left)));
        }
    }

    private String filterOf(String mark) {
        List<Filter> filters = new ArrayList<>(app.bean(FilterService.class).createFilterQuery().list());
        return filters.stream()
                .filter(f -> f.getProperties() != null && mark.equals(f.getProperties().get("samverkanFilter")))
                .findFirst().orElseThrow(() -> new IllegalStateException("No filter " + mark)).getId();
    }
}
