package se.linkoping.samverkan.navigation;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import se.linkoping.samverkan.access.SignedInUsers;

/**
 * {@code /} leads to Tasklist, where staff work; {@code /sidor.json} tells Tasklist's and Cockpit's headers
 * which of Samverkan's pages the signed-in person may open.
 */
@Controller
class WayAroundController {

    private final WayAround wayAround;
    private final SignedInUsers users;

    WayAroundController(WayAround wayAround, SignedInUsers users) {
        this.wayAround = wayAround;
        this.users = users;
    }

    @GetMapping("/")
    String start() {
        return "redirect:/camunda/app/tasklist/";
    }

    @GetMapping(value = "/sidor.json", produces = "application/json")
    ResponseEntity<WayAround.Way> pages(HttpServletRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(wayAround.of(users.of(request)));
    }
}
