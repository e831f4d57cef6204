package se.linkoping.samverkan.matter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * For process owners (element template "Samverkan: Väck ärende"): raises a matter at a level from the
 * task's input parameters {@code matterTitle}, {@code matterDescription}, {@code matterLevel},
 * {@code matterDistrict}, {@code matterCategory} and {@code matterAcute}. A refused matter stops the
 * step with the Swedish reasons, like a refused form.
 */
@Component("raiseMatter")
public class RaiseMatterDelegate implements JavaDelegate {

    private final Matters matters;

    public RaiseMatterDelegate(Matters matters) {
        this.matters = matters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = matters.raise(new NewMatter(FormValues.text(execution, "matterTitle"),
                        FormValues.text(execution, "matterDescription"), FormValues.text(execution, "matterLevel"),
                        FormValues.text(execution, "matterDistrict"), FormValues.text(execution, "matterCategory"),
                        FormValues.ticked(execution, "matterAcute")),
                MatterOrigin.BODY, null, null, CurrentUser.of(execution), execution.getProcessEngineServices());
        execution.setVariable("raisedMatterId", id);
    }
}
