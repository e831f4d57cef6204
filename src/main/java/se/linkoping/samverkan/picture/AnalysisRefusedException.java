package se.linkoping.samverkan.picture;

import java.util.List;

/** EST's analysis was not saved: every reason, in Swedish, saying what to fix. */
public class AnalysisRefusedException extends RuntimeException {

    private final transient List<String> reasons;

    public AnalysisRefusedException(List<String> reasons) {
        super(String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
