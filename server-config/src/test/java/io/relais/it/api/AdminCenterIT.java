package io.relais.it.api;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Liberty Admin Center answers over HTTPS and admits the server administrator, whose
 * password comes from a variable (the demo default here), and nobody else.
 */
class AdminCenterIT {

    private static final String HTTPS = System.getProperty("relais.https.url", "https://localhost:9443");

    static {
        // The server's certificate is the self-signed one Liberty made for localhost at first start.
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
    }

    @Test
    void theConsoleAdmitsItsAdministratorOnly() throws Exception {
        HttpResponse<String> admitted = signIn("console", "console-demo-2026");
        assertEquals(302, admitted.statusCode());
        assertTrue(admitted.headers().firstValue("Location").orElse("").endsWith("/adminCenter/"),
                "the administrator goes on to the console: " + admitted.headers().map());
        HttpResponse<String> refused = signIn("console", "wrong-password");
        assertTrue(refused.headers().firstValue("Location").orElse("").contains("login"),
                "a wrong password goes back to the login page: " + refused.headers().map());
        HttpResponse<String> staff = signIn("camille", "demo-agent-2026");
        assertTrue(staff.headers().firstValue("Location").orElse("").contains("login"),
                "Relais staff accounts are not server administrators");
    }

    @Test
    void anonymousVisitorsGetTheConsoleLoginPage() throws Exception {
        HttpResponse<String> response = client(new CookieManager()).send(HttpRequest.newBuilder(URI.create(HTTPS + "/adminCenter/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("login"));
    }

    /** As the console's login page does: its form carries the CSRF token the server set as a cookie. */
    private static HttpResponse<String> signIn(String user, String password) throws Exception {
        var cookies = new CookieManager();
        HttpClient client = client(cookies);
        client.send(HttpRequest.newBuilder(URI.create(HTTPS + "/adminCenter/login.jsp")).build(),
                HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("csrfToken")).findFirst().orElseThrow().getValue();
        String form = "j_username=" + user + "&j_password=" + password + "&X-CSRF-Token=" + csrf;
        return client.send(HttpRequest.newBuilder(URI.create(HTTPS + "/adminCenter/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client(CookieManager cookies) throws GeneralSecurityException {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[]{new TrustEverything()}, null);
        return HttpClient.newBuilder().sslContext(tls).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static final class TrustEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
