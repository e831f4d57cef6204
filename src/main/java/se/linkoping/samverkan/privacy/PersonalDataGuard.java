package se.linkoping.samverkan.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.SetAnnotationForOperationLog;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.system.EngineCommands;

/**
 * No personal identity number in what people write beside the processes: task comments, attachments' names,
 * descriptions and addresses, a task's name and description, annotations of incidents and of the operation log,
 * and the reason a process instance was deleted. Every such command is checked, whoever sends it (Tasklist,
 * Cockpit, the REST API or Samverkan's own code), before the engine stores anything; a text holding a number
 * is refused in Swedish. {@link #check} is the check alone, for any other guard to call.
 */
@Component
public class PersonalDataGuard extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineCommands.guard(configuration, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                check(command);
                return next.execute(command);
            }
        });
    }

    /**
     * Refuses a command that would store a personal identity number in a comment, an attachment, a task's name
     * or description, an annotation or a deletion reason; does nothing for any other command.
     *
     * @throws RuntimeException a refusal that the REST API answers with 400 and the Swedish reason
     */
    public static void check(Command<?> command) {
        for (Map.Entry<String, String> text : texts(command).entrySet()) {
            if (PersonalIdentityNumbers.containsOne(text.getValue())) {
                throw EngineCommands.refused(text.getKey() + " innehåller något som ser ut som ett personnummer "
                        + "eller samordningsnummer: ta bort det. Samverkan sparar inga personuppgifter. Inget har "
                        + "sparats.");
            }
        }
    }

    /** The free texts a command would store, by what people call them. */
    static Map<String, String> texts(Command<?> command) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (command instanceof AddCommentCmd || command instanceof UpdateCommentCmd) {
            texts.put("Kommentaren", EngineCommands.text(command, "message"));
        } else if (command instanceof CreateAttachmentCmd) {
            texts.put("Bilagans namn", EngineCommands.text(command, "attachmentName"));
            texts.put("Bilagans beskrivning", EngineCommands.text(command, "attachmentDescription"));
            texts.put("Bilagans adress", EngineCommands.text(command, "url"));
        } else if (command instanceof SaveAttachmentCmd) {
            Attachment attachment = (Attachment) EngineCommands.field(command, "attachment");
            if (attachment != null) {
                texts.put("Bilagans namn", attachment.getName());
                texts.put("Bilagans beskrivning", attachment.getDescription());
            }
        } else if (command instanceof SaveTaskCmd) {
            Task task = (Task) EngineCommands.field(command, "task");
            if (task != null) {
                texts.put("Uppgiftens namn", task.getName());
                texts.put("Uppgiftens beskrivning", task.getDescription());
            }
        } else if (command instanceof SetAnnotationForIncidentCmd || command instanceof SetAnnotationForOperationLog) {
            texts.put("Anteckningen", EngineCommands.text(command, "annotation"));
        } else if (command instanceof AbstractDeleteProcessInstanceCmd) {
            texts.put("Skälet till borttagningen", EngineCommands.text(command, "deleteReason"));
        }
        texts.values().removeIf(value -> value == null);
        return texts;
    }
}
