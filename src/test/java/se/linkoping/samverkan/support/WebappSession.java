package se.linkoping.samverkan.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser's session with Camunda's webapps, as a demo user signed in on the login page of one app
 * (with the CSRF token from the cookie): Samverkan's own pages read who is signed in from it.
 */
public record WebappSession(TestRestTemplate http, List<String> cookies) {

    public static WebappSession signIn(TestRestTemplate http, String user, String app) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
        List<String> cookies = new ArrayList<>();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (String cookie : page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String nameValue = cookie.split(";", 2)[0];
            cookies.add(nameValue);
            headers.add(HttpHeaders.COOKIE, nameValue);
            if (nameValue.startsWith("XSRF-TOKEN=")) {
                headers.add("X-XSRF-TOKEN", nameValue.substring("XSRF-TOKEN=".length()));
            }
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", DemoLogins.PASSWORD);
        ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, headers), String.class);
        if (login.getStatusCode() != HttpStatus.OK) {
            throw new IllegalStateException(user + " could not sign in to " + app + ": " + login.getStatusCode());
        }
        for (String cookie : login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String nameValue = cookie.split(";", 2)[0];
            cookies.removeIf(c -> c.startsWith(nameValue.split("=", 2)[0] + "="));
            cookies.add(nameValue);
        }
        return new WebappSession(http, List.copyOf(cookies));
    }

    /** A page as this browser gets it, read as UTF-8. */
    public ResponseEntity<String> get(String path) {
        HttpHeaders headers = new HttpHeaders();
        cookies.forEach(cookie -> headers.add(HttpHeaders.COOKIE, cookie));
        ResponseEntity<byte[]> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .body(response.getBody() == null ? null
                        : new String(response.getBody(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
