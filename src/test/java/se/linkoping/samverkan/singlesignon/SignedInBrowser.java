package se.linkoping.samverkan.singlesignon;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * A browser's part in the authorization code flow, over real HTTP: follows redirects one by one between Samverkan
 * and the provider, keeping each site's cookies, and remembers where it went.
 */
final class SignedInBrowser {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<URI> visited = new ArrayList<>();

    /** GET, following redirects; the last answer. */
    HttpResponse<String> open(String url) throws IOException, InterruptedException {
        visited.clear();
        URI next = URI.create(url);
        for (int hop = 0; hop < 15; hop++) {
            visited.add(next);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 3) {
                return response;
            }
            next = next.resolve(response.headers().firstValue("Location").orElseThrow());
        }
        throw new IllegalStateException("too many redirects: " + visited);
    }

    /** One request, as Camunda's webapps send it (with their CSRF token), no redirect followed. */
    HttpResponse<String> send(String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        cookie("XSRF-TOKEN").ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Where the last {@link #open} went, request by request. */
    List<URI> visited() {
        return List.copyOf(visited);
    }
}
