package se.linkoping.samverkan.refusal;

import java.util.List;

/**
 * Input that was not saved: every reason, in Swedish, saying what to fix. Delegates turn it into a
 * form validation error, so Tasklist shows the reasons and the task stays open.
 */
public class RefusedInput extends RuntimeException {

    private final transient List<String> reasons;

    public RefusedInput(List<String> reasons) {
        super(String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
