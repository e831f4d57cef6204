package se.linkoping.samverkan.referencedata;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets partners' systems look up the codes that {@code POST /api/incident-reports} accepts. */
@RestController
class ReferenceDataController {

    private final ReferenceData referenceData;

    ReferenceDataController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    record Codes(List<ReferenceEntry> districts, List<IncidentCategory> categories, List<ReferenceEntry> sources) {
    }

    @GetMapping("/api/reference-data")
    Codes referenceData() {
        return new Codes(referenceData.districts(), referenceData.categories(), referenceData.sources());
    }
}
