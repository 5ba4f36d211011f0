package org.newsquotes.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A tiny client for the W3C WebDriver HTTP protocol, driving Debian's headless Chromium through
 * {@code /usr/bin/chromedriver}. Hand-written instead of Selenium: the dozen calls a test needs are plain JSON over
 * HTTP, and Selenium would add ~30 jars and a driver-manager that tries to download browsers (no network here).
 *
 * <p>Starts its own chromedriver on a free loopback port and a fresh Chromium profile; {@link #close()} ends both.
 */
public final class WebDriverClient implements AutoCloseable {
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String session;
    private final Path profile;

    public static boolean available() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    public WebDriverClient(Path logFile) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        base = "http://127.0.0.1:" + port;
        Path dir = null;
        String id = null;
        try {
            waitFor(() -> {
                try {
                    return call("GET", "/status", null).path("value").path("ready").asBoolean();
                } catch (Exception e) {
                    return false;
                }
            }, Duration.ofSeconds(20), "chromedriver to start");
            dir = Files.createTempDirectory("review-chromium-profile");
            ObjectNode caps = JSON.createObjectNode();
            ObjectNode always = caps.putObject("capabilities").putObject("alwaysMatch");
            always.put("browserName", "chrome");
            ObjectNode opts = always.putObject("goog:chromeOptions");
            opts.put("binary", CHROMIUM.toString());
            var args = opts.putArray("args");
            for (String a : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + dir)) {
                args.add(a);
            }
            JsonNode r = call("POST", "/session", caps);
            id = r.path("value").path("sessionId").asText();
            if (id.isEmpty()) throw new IllegalStateException("no WebDriver session: " + r);
        } catch (Exception | AssertionError e) {
            driver.destroyForcibly();
            throw e;
        }
        profile = dir;
        session = id;
    }

    private JsonNode call(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode n = JSON.readTree(resp.body());
        if (resp.statusCode() >= 400) throw new IllegalStateException("WebDriver " + method + " " + path + " -> " + resp.statusCode() + ": " + n);
        return n;
    }

    private JsonNode sessionCall(String method, String path, JsonNode body) throws Exception {
        return call(method, "/session/" + session + path, body);
    }

    public void navigate(String url) throws Exception {
        sessionCall("POST", "/url", JSON.createObjectNode().put("url", url));
    }

    /** The WebDriver id of the first element matching a CSS selector. */
    public String find(String css) throws Exception {
        JsonNode r = sessionCall("POST", "/element", JSON.createObjectNode().put("using", "css selector").put("value", css));
        return r.path("value").path(ELEMENT).asText();
    }

    public void click(String css) throws Exception {
        sessionCall("POST", "/element/" + find(css) + "/click", JSON.createObjectNode());
    }

    /** Types into an element, as a user would (key events included). */
    public void type(String css, String text) throws Exception {
        sessionCall("POST", "/element/" + find(css) + "/value", JSON.createObjectNode().put("text", text));
    }

    /** Runs a script in the page and returns its JSON result. */
    public JsonNode script(String js, Object... args) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("script", js);
        var a = body.putArray("args");
        for (Object o : args) a.add(JSON.valueToTree(o));
        return sessionCall("POST", "/execute/sync", body).path("value");
    }

    public byte[] screenshot() throws Exception {
        return Base64.getDecoder().decode(sessionCall("GET", "/screenshot", null).path("value").asText());
    }

    public static void waitFor(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(100);
        }
    }

    @Override public void close() {
        try {
            if (session != null) call("DELETE", "/session/" + session, null);
        } catch (Exception ignored) {
            // the driver goes away below anyway
        }
        driver.destroy();
        try {
            if (!driver.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) driver.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
