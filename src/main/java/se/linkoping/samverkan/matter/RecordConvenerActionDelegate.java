package se.linkoping.samverkan.matter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordConvenerAction}: stores what the convener chose for a matter that waited too long,
 * and sets {@code extraMeetingRequested} for the gateway that follows.
 */
@Component("recordConvenerAction")
public class RecordConvenerActionDelegate extends FormStepDelegate {

    private final Matters matters;

    public RecordConvenerActionDelegate(Matters matters) {
        super("convenerAction", "Valet sparades inte.");
        this.matters = matters;
    }

    @Override
    protected void run(DelegateExecution execution) {
        boolean extra = matters.convenerAction(execution.getProcessInstanceId(),
                FormValues.text(execution, "convenerAction"), FormValues.text(execution, "convenerComment"),
                CurrentUser.of(execution));
        execution.setVariableLocal("extraMeetingRequested", extra);
    }
}
