package se.linkoping.samverkan.matter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RegisterMatter}: ties the matter the application raised to this process, or checks and
 * stores the one staff raised with the start form. A refused form starts nothing.
 */
@Component("registerMatter")
public class RegisterMatterDelegate extends FormStepDelegate {

    private final Matters matters;

    public RegisterMatterDelegate(Matters matters) {
        super("title", "Ärendet sparades inte.");
        this.matters = matters;
    }

    @Override
    protected void run(DelegateExecution execution) {
        NewMatter fromForm = new NewMatter(FormValues.text(execution, "title"),
                FormValues.text(execution, "description"), FormValues.text(execution, "level"),
                FormValues.text(execution, "district"), FormValues.text(execution, "category"),
                FormValues.ticked(execution, "acute"));
        long id = matters.register(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), fromForm,
                CurrentUser.of(execution));
        // always the matter's own key: a key given at the start that names no free matter is replaced
        execution.setProcessBusinessKey(Matters.BUSINESS_KEY_PREFIX + id);
    }
}
