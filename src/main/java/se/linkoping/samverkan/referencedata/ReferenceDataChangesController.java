package se.linkoping.samverkan.referencedata;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.linkoping.samverkan.access.SignedInUser;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * The administrators' API of the reference data: every entry with whether it is offered, the history of changes,
 * and adding, renaming, retiring and reactivating an entry of {@code districts}, {@code categories} or
 * {@code sources}. Partners read the active lists with {@code GET /api/reference-data} ({@link ReferenceDataController}).
 */
@RestController
@RequestMapping("/api/reference-data")
class ReferenceDataChangesController {

    private static final int MAX_HISTORY = 500;

    private final ReferenceData data;
    private final ReferenceDataChanges changes;
    private final ReferenceAccess access;

    ReferenceDataChangesController(ReferenceData data, ReferenceDataChanges changes, ReferenceAccess access) {
        this.data = data;
        this.changes = changes;
        this.access = access;
    }

    record Lists(List<ReferenceItem> districts, List<ReferenceItem> categories, List<ReferenceItem> sources) {
    }

    /** A new entry's name. */
    record NewEntry(String name) {
    }

    /** What to change: a new name, whether it is offered, or both. */
    record EntryChange(String name, Boolean active) {
    }

    @GetMapping("/all")
    Lists all(HttpServletRequest request) {
        access.administrator(request);
        return new Lists(data.all(ReferenceKind.DISTRICT), data.all(ReferenceKind.CATEGORY), data.all(ReferenceKind.SOURCE));
    }

    @GetMapping("/changes")
    List<ReferenceChange> history(HttpServletRequest request, @RequestParam(defaultValue = "100") int limit) {
        access.administrator(request);
        return changes.history(Math.min(Math.max(limit, 1), MAX_HISTORY));
    }

    @PostMapping("/{list}")
    ResponseEntity<ReferenceItem> add(HttpServletRequest request, @PathVariable String list,
                                      @RequestBody(required = false) NewEntry entry) {
        SignedInUser user = access.administrator(request);
        ReferenceKind kind = kind(list);
        ReferenceItem added = changes.add(kind, entry == null ? null : entry.name(), user.id());
        return ResponseEntity.created(URI.create("/api/reference-data/" + kind.apiPath() + "/" + added.code()))
                .body(added);
    }

    @PutMapping("/{list}/{code}")
    ReferenceItem change(HttpServletRequest request, @PathVariable String list, @PathVariable String code,
                         @RequestBody(required = false) EntryChange change) {
        SignedInUser user = access.administrator(request);
        ReferenceKind kind = kind(list);
        if (change == null || change.name() == null && change.active() == null) {
            throw Refusal.badInput("Skicka ett nytt namn (name), om posten ska erbjudas (active: true eller false), "
                    + "eller båda.");
        }
        ReferenceItem item = data.find(kind, code).orElse(null);
        if (change.name() != null && (item == null || !change.name().strip().equals(item.name()))) {
            item = changes.rename(kind, code, change.name(), user.id());
        }
        if (change.active() != null && (item == null || change.active() != item.active())) {
            item = change.active() ? changes.reactivate(kind, code, user.id()) : changes.retire(kind, code, user.id());
        }
        return item;
    }

    private static ReferenceKind kind(String list) {
        return ReferenceKind.ofApiPath(list).orElseThrow(() -> Refusal.notFound("Det finns ingen lista ”" + list
                + "”. Listorna är districts (stadsdelar), categories (kategorier) och sources (källor)."));
    }
}
