package se.linkoping.samverkan.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A browser with its cookies, going to whichever node a proxy without sticky sessions sends it to: the
 * cookies are the browser's, not a node's (all nodes answer on one host, 127.0.0.1, as behind one proxy).
 * A state-changing request carries Camunda's CSRF token from its cookie in the {@code X-XSRF-TOKEN} header
 * and its own origin, as Tasklist's scripts and the browser send them.
 */
final class Browser {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    HttpResponse<String> get(ApplicationNode node, String path) {
        return send(node, HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).GET()
                .header("Accept", "application/json, text/html"));
    }

    HttpResponse<String> postJson(ApplicationNode node, String path, String json) {
        return send(node, stateChanging(node, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postForm(ApplicationNode node, String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(node, stateChanging(node, path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** Replaces a cookie, as a forged or stale one would be sent. */
    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private HttpRequest.Builder stateChanging(ApplicationNode node, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .header("Accept", "application/json").header("Origin", node.baseUrl());
        cookie("XSRF-TOKEN").ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return request;
    }

    private HttpResponse<String> send(ApplicationNode node, HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(1)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").forEach(this::remember);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(node + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String setCookie) {
        String[] nameValue = setCookie.split(";", 2)[0].split("=", 2);
        String lower = setCookie.toLowerCase();
        if (lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970") || nameValue[1].isEmpty()) {
            cookies.remove(nameValue[0].strip());
        } else {
            cookies.put(nameValue[0].strip(), nameValue[1].strip());
        }
    }
}
