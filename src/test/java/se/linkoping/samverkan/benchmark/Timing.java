package se.linkoping.samverkan.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Times a call a few times and keeps the median, within a time budget for slow calls. */
final class Timing {

    private Timing() {
    }

    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    /** A median of {@code runs} timed calls in milliseconds. */
    record Median(double millis, int runs) {

        String shown() {
            return Timing.shown(millis) + (runs == 1 ? " (1 run)" : "");
        }
    }

    /**
     * One untimed call to warm up (skipped when it alone took longer than the budget's tenth), then up to
     * {@code repetitions} timed calls, fewer when they exceed {@code budgetMillis} together (at least one).
     */
    static Median median(int repetitions, long budgetMillis, Call call) throws Exception {
        return median(repetitions, budgetMillis, call, () -> { });
    }

    /** As {@link #median(int, long, Call)}, with {@code after} run untimed after each call (e.g. to undo it). */
    static Median median(int repetitions, long budgetMillis, Call call, Call after) throws Exception {
        long warmUp = System.nanoTime();
        call.run();
        double warmUpMillis = (System.nanoTime() - warmUp) / 1e6;
        after.run();
        List<Double> times = new ArrayList<>();
        if (warmUpMillis > budgetMillis / 10.0) {
            times.add(warmUpMillis);
        }
        double spent = 0;
        while (times.size() < repetitions && (times.isEmpty() || spent + median(times) <= budgetMillis)) {
            long start = System.nanoTime();
            call.run();
            double millis = (System.nanoTime() - start) / 1e6;
            after.run();
            times.add(millis);
            spent += millis;
        }
        return new Median(median(times), times.size());
    }

    private static double median(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String shown(double millis) {
        if (millis >= 10_000) {
            return String.format(Locale.ROOT, "%.0f s", millis / 1000);
        }
        if (millis >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", millis / 1000);
        }
        return String.format(Locale.ROOT, millis >= 100 ? "%.0f ms" : "%.1f ms", millis);
    }
}
