package se.linkoping.samverkan.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

import se.linkoping.samverkan.support.DemoLogins;

/**
 * People at work on two nodes at once: each task's form is submitted by the same user at both nodes at the same
 * moment, as a double click behind a proxy that sends the two requests to different nodes. One submission
 * completes the task; the other must fail (the task is gone, or the engine's optimistic lock refuses it), never
 * complete it a second time. Counts what happened, for the test to assert.
 */
final class BothNodesSubmit implements AutoCloseable {

    /** How one task's two submissions went. */
    record Race(String taskId, String taskKey, List<String> completedAt, List<String> refusals) {

        int completed() {
            return completedAt.size();
        }
    }

    private static final String COMPLETED = "completed at ";

    private final List<InProcessNode> nodes;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final List<Race> races = new ArrayList<>();

    BothNodesSubmit(List<InProcessNode> nodes) {
        this.nodes = nodes;
    }

    /**
     * Works on every open task that is ready, until none is left that is: each submitted at both nodes at once,
     * with the values its form asks for; a task that neither submission completed (both refused, e.g. a
     * deadlock the database broke) is raced again, at most three times, and then fails the test.
     */
    void workOn(Predicate<Task> ready, Function<Task, Map<String, Object>> values, Runnable afterEach) {
        List<Task> open;
        while (!(open = nodes.get(0).engine().getTaskService().createTaskQuery().active().list().stream()
                .filter(ready).toList()).isEmpty()) {
            for (Task task : open) {
                Race race = null;
                for (int attempt = 0; attempt < 3 && (race == null || race.completed() == 0); attempt++) {
                    race = race(task, values.apply(task));
                    races.add(race);
                }
                if (race.completed() == 0) {
                    throw new IllegalStateException(task.getName() + " was refused at both nodes, three times: "
                            + race.refusals());
                }
                afterEach.run();
            }
        }
    }

    List<Race> races() {
        return List.copyOf(races);
    }

    private Race race(Task task, Map<String, Object> values) {
        String user = worker(candidateGroup(task));
        List<String> groups = nodes.get(0).engine().getIdentityService().createGroupQuery().groupMember(user).list()
                .stream().map(Group::getId).toList();
        CyclicBarrier together = new CyclicBarrier(nodes.size());
        List<CompletableFuture<String>> submissions = nodes.stream().map(node -> CompletableFuture.supplyAsync(() -> {
            IdentityService identity = node.engine().getIdentityService();
            try {
                identity.setAuthentication(user, groups);
                together.await();
                node.engine().getFormService().submitTaskForm(task.getId(), values);
                return COMPLETED + node;
            } catch (Exception refused) {
                return node + ": " + refused.getClass().getSimpleName() + " " + refused.getMessage();
            } finally {
                identity.clearAuthentication();
            }
        }, threads)).toList();
        List<String> outcomes = submissions.stream().map(CompletableFuture::join).toList();
        return new Race(task.getId(), task.getTaskDefinitionKey(),
                outcomes.stream().filter(o -> o.startsWith(COMPLETED)).map(o -> o.substring(COMPLETED.length()))
                        .toList(),
                outcomes.stream().filter(o -> !o.startsWith(COMPLETED)).toList());
    }

    /**
     * Who works on a group's task: its demo user; a role's (a signatory, a convener), which has none, its holder
     * in the demo.
     */
    private String worker(String groupId) {
        IdentityService identity = nodes.get(0).engine().getIdentityService();
        if (identity.createUserQuery().userId(DemoLogins.of(groupId)).count() > 0) {
            return DemoLogins.of(groupId);
        }
        return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().listPage(0, 1).stream()
                .map(User::getId).findFirst()
                .orElseThrow(() -> new IllegalStateException("Nobody in the demo holds the role " + groupId));
    }

    /** The group whose demo user works on a task: its first candidate group. */
    private String candidateGroup(Task task) {
        return nodes.get(0).engine().getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(group -> group != null).findFirst()
                .orElseThrow(() -> new IllegalStateException(task.getName() + " has no candidate group"));
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
