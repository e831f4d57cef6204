package se.linkoping.samverkan.matter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.refusal.RefusedInput;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordConvenerAction}: stores what the convener chose for a matter that waited too long,
 * and sets {@code extraMeetingRequested} for the gateway that follows.
 */
@Component("recordConvenerAction")
public class RecordConvenerActionDelegate implements JavaDelegate {

    private final Matters matters;

    public RecordConvenerActionDelegate(Matters matters) {
        this.matters = matters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            boolean extra = matters.convenerAction(execution.getProcessInstanceId(),
                    FormValues.text(execution, "convenerAction"), FormValues.text(execution, "convenerComment"),
                    CurrentUser.of(execution));
            execution.setVariableLocal("extraMeetingRequested", extra);
        } catch (RefusedInput refused) {
            throw new FormFieldValidationException("convenerAction", "Valet sparades inte. " + refused.getMessage());
        }
    }
}
