package se.linkoping.samverkan.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** HTTP calls as one user with HTTP Basic, as Tasklist's REST calls and partners' systems make them. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final String authorization;

    Http(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A request made as some user. */
    @FunctionalInterface
    interface Call {
        void call(Http http) throws Exception;
    }

    String get(String path, String accept) throws Exception {
        return send(request(path, accept).GET().build(), 200);
    }

    String post(String path, String json, String accept, int expectedStatus) throws Exception {
        return send(request(path, accept).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), expectedStatus);
    }

    private HttpRequest.Builder request(String path, String accept) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", authorization).header("Accept", accept);
    }

    private static String send(HttpRequest request, int expectedStatus) throws Exception {
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }
}
