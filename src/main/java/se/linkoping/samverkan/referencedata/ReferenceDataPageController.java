package se.linkoping.samverkan.referencedata;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.linkoping.samverkan.access.SignedInUser;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.system.Swedish;

/**
 * {@code /referensdata}: administrators keep the districts, categories and sources here — add, rename, retire,
 * reactivate — and read what was changed, by whom and when. Each change is a form post answered by a redirect back
 * to the page with what was done; a refusal shows the refused page with the reasons.
 */
@Controller
@RequestMapping(ReferenceDataPage.PATH)
class ReferenceDataPageController {

    private static final int HISTORY_SHOWN = 50;

    /** One list on the page. */
    record ListView(ReferenceKind kind, List<ReferenceItem> items) {
    }

    /** One change as the page shows it. */
    record ChangeRow(String when, String who, String list, String code, String what) {
    }

    private final ReferenceData data;
    private final ReferenceDataChanges changes;
    private final ReferenceAccess access;
    private final People people;

    ReferenceDataPageController(ReferenceData data, ReferenceDataChanges changes, ReferenceAccess access,
                                People people) {
        this.data = data;
        this.changes = changes;
        this.access = access;
        this.people = people;
    }

    @GetMapping
    String page(HttpServletRequest request, Model model) {
        model.addAttribute("user", access.administrator(request));
        model.addAttribute("lists", Arrays.stream(ReferenceKind.values()).map(k -> new ListView(k, data.all(k))).toList());
        model.addAttribute("changes", changes.history(HISTORY_SHOWN).stream().map(this::row).toList());
        model.addAttribute("maxName", ReferenceDataChanges.MAX_NAME);
        return "referencedata/referensdata";
    }

    @PostMapping("/{list}")
    String add(HttpServletRequest request, @PathVariable String list, @RequestParam(defaultValue = "") String name,
               RedirectAttributes done) {
        SignedInUser user = access.administrator(request);
        ReferenceKind kind = kind(list);
        ReferenceItem added = changes.add(kind, name, user.id());
        return back(done, kind.definiteCapital() + " " + added.name() + " är tillagd (kod " + added.code()
                + ") och erbjuds nu i formulären.");
    }

    @PostMapping("/{list}/{code}/namn")
    String rename(HttpServletRequest request, @PathVariable String list, @PathVariable String code,
                  @RequestParam(defaultValue = "") String name, RedirectAttributes done) {
        SignedInUser user = access.administrator(request);
        ReferenceKind kind = kind(list);
        String before = data.find(kind, code).map(ReferenceItem::name).orElse(code);
        ReferenceItem renamed = changes.rename(kind, code, name, user.id());
        return back(done, kind.definiteCapital() + " " + before + " heter nu " + renamed.name() + ".");
    }

    @PostMapping("/{list}/{code}/avveckla")
    String retire(HttpServletRequest request, @PathVariable String list, @PathVariable String code,
                  RedirectAttributes done) {
        SignedInUser user = access.administrator(request);
        ReferenceKind kind = kind(list);
        ReferenceItem retired = changes.retire(kind, code, user.id());
        return back(done, kind.definiteCapital() + " " + retired.name() + " är avvecklad: den erbjuds inte längre, "
                + "men det som redan registrerats behåller den.");
    }

    @PostMapping("/{list}/{code}/aterinfor")
    String reactivate(HttpServletRequest request, @PathVariable String list, @PathVariable String code,
                      RedirectAttributes done) {
        SignedInUser user = access.administrator(request);
        ReferenceKind kind = kind(list);
        ReferenceItem back = changes.reactivate(kind, code, user.id());
        return back(done, kind.definiteCapital() + " " + back.name() + " erbjuds igen.");
    }

    private static String back(RedirectAttributes done, String message) {
        done.addFlashAttribute("done", message);
        return "redirect:" + ReferenceDataPage.PATH;
    }

    private ChangeRow row(ReferenceChange change) {
        String what = switch (change.type()) {
            case ADDED -> "Tillagd: " + change.newName();
            case RENAMED -> "Namnändrad från " + change.oldName() + " till " + change.newName();
            case RETIRED -> "Avvecklad: " + change.newName();
            case REACTIVATED -> "Återinförd: " + change.newName();
        };
        return new ChangeRow(Swedish.minute(change.changedAt()), people.name(change.changedBy()),
                change.kind().heading(), change.code(), what);
    }

    private static ReferenceKind kind(String list) {
        return ReferenceKind.ofPagePath(list).orElseThrow(() -> Refusal.notFound("Det finns ingen lista ”" + list
                + "” bland referensdata."));
    }
}
