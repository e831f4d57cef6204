package se.linkoping.samverkan.singlesignon;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import se.linkoping.samverkan.refusal.Refusal;

/**
 * A sign-in through the provider that Samverkan does not accept, answered on the application's one error page in
 * Swedish: 403 for a person with none of Samverkan's groups (or without a user id Samverkan can use), 401 when the
 * sign-in itself failed (the provider refused, the answer came too late or from another browser).
 */
final class SignInRefused implements AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SignInRefused.class);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        String code = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        Refusal refusal;
        if (SignInUsers.NO_GROUP.equals(code) || SignInUsers.NO_USER_ID.equals(code)) {
            String reason = ((OAuth2AuthenticationException) failure).getError().getDescription();
            LOG.info("Sign-in refused: {}", reason);
            refusal = Refusal.forbidden(reason + " Be den som administrerar Samverkan i kommunen om behörighet: "
                    + "gruppen ges i kommunens katalog.");
        } else {
            LOG.warn("Sign-in through the identity provider failed: {}", failure.getMessage());
            refusal = Refusal.notSignedIn("Inloggningen genom kommunens inloggningstjänst misslyckades. "
                    + "Öppna Samverkan och logga in igen.");
        }
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, refusal);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, refusal.kind().status());
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.getRequestDispatcher("/error").forward(request, response);
    }
}
