package se.linkoping.samverkan.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run, each against its reference measured in the same run, with the machine and its
 * load; written as a Markdown table to {@code target/benchmarks/}.
 */
final class Results {

    /**
     * One figure: {@code ratio} is figure / reference for times, and figure / reference for rates too (so a
     * time wants a small ratio and a rate a large one; {@code target} says which).
     */
    record Row(String database, String what, String figure, String reference, double ratio, String target,
               Boolean met) {
    }

    private final Map<String, List<Row>> sections = new LinkedHashMap<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private final String startLoad = loadAverage();
    private final LocalDateTime started = LocalDateTime.now();

    void add(String section, Row row) {
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(row);
        System.out.printf(Locale.ROOT, "%s | %s | %s | %s | %s | %s | %s%n", section, row.database(), row.what(),
                row.figure(), row.reference(), ratio(row.ratio()), row.met() == null ? "" : row.met() ? "met" : "NOT met");
    }

    void note(String section, String note) {
        notes.computeIfAbsent(section, s -> new ArrayList<>()).add(note);
        System.out.println(section + ": " + note);
    }

    Path write(String settings) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark run ").append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append("\n\n");
        md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (")
                .append(cpuModel()).append("), load average at start ").append(startLoad).append(", at end ")
                .append(loadAverage()).append(" (1, 5, 15 min)\n");
        md.append("- Java ").append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB (")
                .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-Xm")).toList())).append(")\n");
        md.append("- Settings: ").append(settings).append("\n\n");
        sections.forEach((section, rows) -> {
            md.append("## ").append(section).append("\n\n");
            md.append("| database | what | figure | reference | ratio | target |\n|---|---|---|---|---|---|\n");
            for (Row row : rows) {
                md.append("| ").append(row.database()).append(" | ").append(row.what()).append(" | ")
                        .append(row.figure()).append(" | ").append(row.reference()).append(" | ")
                        .append(ratio(row.ratio())).append(" | ")
                        .append(row.target() == null ? "" : row.target())
                        .append(row.met() == null ? "" : row.met() ? " ✔" : " ✘").append(" |\n");
            }
            for (String note : notes.getOrDefault(section, List.of())) {
                md.append("\n- ").append(note);
            }
            md.append("\n\n");
        });
        notes.keySet().stream().filter(s -> !sections.containsKey(s)).forEach(section -> {
            md.append("## ").append(section).append("\n");
            notes.get(section).forEach(note -> md.append("\n- ").append(note));
            md.append("\n\n");
        });
        Path folder = Path.of("target", "benchmarks");
        Files.createDirectories(folder);
        Path file = folder.resolve("benchmark-" + started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(file, md, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("latest.md"), md, StandardCharsets.UTF_8);
        return file;
    }

    /** Two decimals, or three significant digits for a small ratio (intake against inserts). */
    static String ratio(double ratio) {
        return String.format(Locale.ROOT, ratio >= 0.1 ? "%.2f" : "%.3g", ratio);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException notLinux) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException notLinux) {
            return "unknown CPU";
        }
    }

    /** The resident memory of this JVM, from /proc. */
    static String residentMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .map(l -> l.replace("VmRSS:", "").strip()).findFirst().orElse("unknown");
        } catch (IOException notLinux) {
            return "unknown";
        }
    }
}
