package se.linkoping.samverkan.estweeklycycle;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import se.linkoping.samverkan.forms.FormChoices;

/**
 * What the analysis of a problem may be part of: the week's other problems, by the names people read, offered
 * by the form {@code est-problem-analysis} (its select {@code mergeInto}) when it is opened. Never stored: the
 * week's list copied into every problem's task would grow with the square of the problems.
 */
@Component
public class MergeChoices implements FormChoices {

    /** The variable the form's select names as its {@code valuesKey}. */
    static final String MERGE_OPTIONS = "mergeOptions";

    private final PictureRecords records;
    private final ObjectMapper json;

    public MergeChoices(PictureRecords records, ObjectMapper json) {
        this.records = records;
        this.json = json;
    }

    @Override
    public Set<String> variables() {
        return Set.of(MERGE_OPTIONS);
    }

    /** For the task of a problem's analysis (its execution analyses the problem); none for any other task. */
    @Override
    public Optional<String> now(String variable, DelegateExecution execution) {
        return records.problemAnalysedIn(execution.getId()).map(problem -> options(problem.pictureId(), problem.id()));
    }

    /** The week's other problems as options (label, value) of the form's "part of" choice: a JSON array. */
    String options(long pictureId, long problemId) {
        ArrayNode options = json.createArrayNode();
        for (PictureProblem other : records.problemsOf(pictureId)) {
            if (other.id() != problemId) {
                options.addObject().put("label", other.area()).put("value", String.valueOf(other.id()));
            }
        }
        return options.toString(); // Jackson writes a node as JSON
    }
}
