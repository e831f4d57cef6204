package se.linkoping.samverkan.support;

import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** Calls to Camunda's REST API and Samverkan's API as one demo user, over real HTTP. */
public record RestClient(TestRestTemplate http, String user) {

    public static RestClient as(TestRestTemplate http, String user) {
        return new RestClient(http, user);
    }

    public static RestClient anonymous(TestRestTemplate http) {
        return new RestClient(http, null);
    }

    public ResponseEntity<JsonNode> get(String path) {
        return exchange(HttpMethod.GET, path, null);
    }

    public ResponseEntity<JsonNode> post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body);
    }

    public ResponseEntity<JsonNode> put(String path, Object body) {
        return exchange(HttpMethod.PUT, path, body);
    }

    /** A GET of a text (CSV, ICS …), read as UTF-8. */
    public ResponseEntity<String> getText(String path) {
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, DemoLogins.PASSWORD);
        ResponseEntity<byte[]> response = client.exchange(path, HttpMethod.GET, HttpEntity.EMPTY, byte[].class);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .body(response.getBody() == null ? null
                        : new String(response.getBody(), java.nio.charset.StandardCharsets.UTF_8));
    }

    public HttpStatusCode status(HttpMethod method, String path, Object body) {
        return exchange(method, path, body).getStatusCode();
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, DemoLogins.PASSWORD);
        return client.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
