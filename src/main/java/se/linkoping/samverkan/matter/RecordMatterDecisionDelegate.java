package se.linkoping.samverkan.matter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordMatterDecision} of a meeting: records the body's decision on the matter tied to
 * this execution and sends it to the matter. Sets {@code matterId}, {@code problemId} and
 * {@code interventionDecided} from the stored matter for what follows. A refusal keeps the task open.
 */
@Component("recordMatterDecision")
public class RecordMatterDecisionDelegate extends FormStepDelegate {

    private final Matters matters;

    public RecordMatterDecisionDelegate(Matters matters) {
        super("rationale", "Beslutet sparades inte.");
        this.matters = matters;
    }

    @Override
    protected void run(DelegateExecution execution) {
        String title = FormValues.text(execution, "title");
        boolean intervention = title != null && !title.isBlank();
        Matter matter = matters.decide(execution.getId(), execution.getProcessInstanceId(),
                new MatterDecision(FormValues.text(execution, "outcome"),
                        FormValues.text(execution, "rationale"), FormValues.text(execution, "directive"),
                        intervention),
                CurrentUser.of(execution), execution.getProcessEngineServices());
        execution.setVariable("matterId", matter.id());
        execution.setVariable("problemId", matter.problemId());
        execution.setVariable("interventionDecided", intervention);
    }
}
