package se.linkoping.samverkan.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.task.Task;

/**
 * The cooperation agreement of the quarter's own period, carried through by the people who hold its steps, so
 * that the demo opens with a published citizen promise: the security unit drafts it in the quarter's first
 * week, the steering group is consulted, the political steering group decides it at its next meeting, the KS
 * chair and the local police area chief sign it, and the security unit publishes the promise. Its follow-up and
 * next year's round (started by {@link StaffInitiatives} near the end) are left waiting.
 */
final class AgreementWork {

    /** A draft is worked only for a round started this early in the quarter: next year's round waits. */
    private static final Duration DRAFTED_WITHIN = Duration.ofDays(14);

    private final Staff staff;
    private final Quarter quarter;

    AgreementWork(Staff staff, Quarter quarter) {
        this.staff = staff;
        this.quarter = quarter;
    }

    /** When the holder of an agreement step does it; empty when it is left waiting. */
    Optional<Instant> actAt(Task task) {
        Instant created = task.getCreateTime().toInstant();
        return switch (task.getTaskDefinitionKey()) {
            case "Task_DraftAgreement" -> created.isBefore(quarter.start().plus(DRAFTED_WITHIN))
                    ? Optional.of(Quarter.workingDaysAfter(created, 2, LocalTime.of(10, 0))) : Optional.empty();
            case "Task_ConsultSteeringGroup", "Task_SignAsKsChair", "Task_SignAsPoliceChief" ->
                    Optional.of(Quarter.workingDaysAfter(created, 1, LocalTime.of(11, 0)));
            case "Task_DecideAgreement" -> Optional.of(Quarter.workingTime(created.plus(Duration.ofMinutes(30))));
            case "Task_PublishPromise" -> Optional.of(Quarter.workingTime(created.plus(Duration.ofHours(2))));
            default -> Optional.empty();
        };
    }

    void act(Task task) {
        switch (task.getTaskDefinitionKey()) {
            case "Task_DraftAgreement" -> draft(task);
            case "Task_ConsultSteeringGroup" -> staff.complete(task, "maria.ek", Map.of("consultationOpinion",
                    "Styrgruppen tillstyrker. Förvaltningarna bidrar med fältarbete och skolornas trygghetsarbete."));
            case "Task_DecideAgreement" -> staff.complete(task, "lars.holm", Map.of("agreementDecision", "APPROVED",
                    "decisionRationale", "Överenskommelsen bygger på lägesbilden och styrgruppens yttrande."));
            case "Task_SignAsKsChair" -> staff.complete(task, "lars.holm", Map.of("signed", true));
            case "Task_SignAsPoliceChief" -> staff.complete(task, "mats.berglund", Map.of("signed", true));
            case "Task_PublishPromise" -> staff.complete(task, "erik.sandberg", Map.of("publicationConfirmed", true));
            default -> throw new IllegalStateException("No one in the demo does " + task.getTaskDefinitionKey());
        }
    }

    /** Whether a task is a step of the agreement that the demo carries out. */
    static boolean isAgreementStep(String taskDefinitionKey) {
        return switch (taskDefinitionKey) {
            case "Task_DraftAgreement", "Task_ConsultSteeringGroup", "Task_DecideAgreement", "Task_SignAsKsChair",
                 "Task_SignAsPoliceChief", "Task_PublishPromise" -> true;
            default -> false;
        };
    }

    private void draft(Task task) {
        LocalDate start = Quarter.day(quarter.start());
        staff.complete(task, "erik.sandberg", Map.of(
                "focusProblems", "Narkotikahandel i Skäggetorp, skadegörelse och bränder i Berga, otrygghet kring "
                        + "Resecentrum.",
                "probableCauses", "Få vuxna ute kvällstid, öppen handel vid torgen och unga som saknar fritid.",
                "goals", "Färre rapporter om narkotika och skadegörelse i Skäggetorp och Berga, och fler som känner "
                        + "sig trygga i centrum.",
                "documentation", "EST:s veckovisa lägesbild, trygghetsmätningen och polisens medborgardialoger.",
                "periodStart", start.toString(),
                "periodEnd", LocalDate.of(start.getYear() + 1, 12, 31).toString(),
                "citizenPromise", "Polisen och kommunen finns på plats vid torgen i Skäggetorp och Berga varje fredag "
                        + "och lördag kväll, och berättar varje kvartal vad vi har gjort."));
    }
}
