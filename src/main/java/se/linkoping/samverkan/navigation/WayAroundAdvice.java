package se.linkoping.samverkan.navigation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.linkoping.samverkan.access.SignedInUsers;

/** Gives every page's header its way around ({@code wayAround} in the model), read only when a page shows it. */
@ControllerAdvice
class WayAroundAdvice {

    /** The way around, looked up on first use, so that answers without a page cost nothing. */
    public static final class Lazy {

        private final Supplier<WayAround.Way> lookup;
        private WayAround.Way way;

        Lazy(Supplier<WayAround.Way> lookup) {
            this.lookup = lookup;
        }

        public WayAround.Way get() {
            if (way == null) {
                way = lookup.get();
            }
            return way;
        }
    }

    private final WayAround wayAround;
    private final SignedInUsers users;

    WayAroundAdvice(WayAround wayAround, SignedInUsers users) {
        this.wayAround = wayAround;
        this.users = users;
    }

    @ModelAttribute("wayAround")
    Lazy wayAround(HttpServletRequest request) {
        return new Lazy(() -> wayAround.of(users.of(request)));
    }
}
