package se.linkoping.samverkan.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.linkoping.samverkan.support.DemoLogins;

/**
 * Requests as a browser (or a script) sends them, with every header the test chooses — Origin, Sec-Fetch-Site,
 * X-Forwarded-Proto, cookies — over the JDK's HTTP client, which lets them all through.
 */
record Browser(HttpClient client, String root, Map<String, String> headers) {

    static Browser at(String root) {
        return new Browser(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), root, Map.of());
    }

    /** The same browser, also sending this header. */
    Browser with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Browser(client, root, more);
    }

    /** With a user's HTTP Basic credentials, as a browser that cached them sends them. */
    Browser as(String user) {
        return with("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + DemoLogins.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** With the cookies of a webapp session. */
    Browser withCookies(List<String> cookies) {
        return with("Cookie", String.join("; ", cookies));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).GET());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> postJson(String path, String json) {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        request.timeout(Duration.ofSeconds(60));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
