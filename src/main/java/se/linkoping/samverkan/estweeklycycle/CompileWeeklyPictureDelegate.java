package se.linkoping.samverkan.estweeklycycle;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CompilePicture}: compiles last week's picture.
 * Sets {@code pictureCompiled} false when the week had a picture already.
 */
@Component("compileWeeklyPicture")
public class CompileWeeklyPictureDelegate implements JavaDelegate {

    private final WeeklyCycle cycle;

    public CompileWeeklyPictureDelegate(WeeklyCycle cycle) {
        this.cycle = cycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Week week = cycle.weekToCompile();
        execution.setVariable("weekLabel", week.label());
        Optional<Long> picture = cycle.compile(week, execution.getProcessInstanceId());
        execution.setVariable("pictureCompiled", picture.isPresent());
        if (picture.isPresent()) {
            long pictureId = picture.get();
            execution.setVariable("pictureId", pictureId);
            execution.setVariable("problemCount", cycle.problemCount(pictureId));
            execution.setProcessBusinessKey("lagesbild-" + week.monday());
        }
    }
}
