package se.linkoping.samverkan.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Requests sent at the same moment, as two tabs, a double click or a partner's hasty retry send them. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs the requests at the same moment, each on its own thread, and gives their answers in order. */
    @SafeVarargs
    public static <T> List<T> run(Supplier<T>... requests) {
        ExecutorService threads = Executors.newFixedThreadPool(requests.length);
        try {
            CyclicBarrier start = new CyclicBarrier(requests.length);
            List<Future<T>> answers = new ArrayList<>();
            for (Supplier<T> request : requests) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.get();
                }));
            }
            List<T> done = new ArrayList<>();
            for (Future<T> answer : answers) {
                done.add(answer.get());
            }
            return done;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }
}
