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
        return signIn(http, user, DemoLogins.PASSWORD, app);
    }

    /** Signed in with a password of one's own (a directory account). */
    public static WebappSession signIn(TestRestTemplate http, String user, String password, String app) {
        ResponseEntity<String> login = login(http, user, password, app);
        if (login.getStatusCode() != HttpStatus.OK) {
            throw new IllegalStateException(user + " could not sign in to " + app + ": " + login.getStatusCode());
        }
        return new WebappSession(http, cookiesAfter(login));
    }

    /** The login page's answer as it is (200 with the user's apps, 401 or 403), its cookies as the answer's headers. */
    public static ResponseEntity<String> login(TestRestTemplate http, String user, String password, String app) {
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
        form.add("password", password);
        ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, headers), String.class);
        HttpHeaders answer = new HttpHeaders();
        answer.addAll(login.getHeaders());
        answer.put(HttpHeaders.SET_COOKIE, cookiesAfter(cookies, login));
        return ResponseEntity.status(login.getStatusCode()).headers(answer).body(login.getBody());
    }

    private static List<String> cookiesAfter(ResponseEntity<String> login) {
        return List.copyOf(login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
    }

    private static List<String> cookiesAfter(List<String> cookies, ResponseEntity<String> login) {
        for (String cookie : login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String nameValue = cookie.split(";", 2)[0];
            cookies.removeIf(c -> c.startsWith(nameValue.split("=", 2)[0] + "="));
            cookies.add(nameValue);
        }
        return List.copyOf(cookies);
    }

    /**
     * A JSON request as the webapps send it: with the CSRF token the webapp hands out on a read after signing in (in
     * the header and its cookie), the answer as text.
     */
    public ResponseEntity<String> post(String path, String json) {
        String token = get("/camunda/api/admin/auth/user/default").getHeaders().getFirst("X-XSRF-TOKEN");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        cookies.forEach(cookie -> {
            if (!cookie.startsWith("XSRF-TOKEN=")) {
                headers.add(HttpHeaders.COOKIE, cookie);
            } else if (token == null) {
                headers.add(HttpHeaders.COOKIE, cookie);
                headers.add("X-XSRF-TOKEN", cookie.substring("XSRF-TOKEN=".length()));
            }
        });
        if (token != null) {
            headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + token);
            headers.add("X-XSRF-TOKEN", token);
        }
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
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
